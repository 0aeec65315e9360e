// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;

/** Started with -nl en, the same workbench speaks English: menus, views and dialogs. */
@ExtendWith(ScreenshotOnFailure.class)
class EnglishLocaleTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void menusViewsAndDialogsAreInEnglish() {
		ShellDriver window = ui.workbenchShell();
		List<String> file = window.menuTexts("File");
		assertTrue(file.contains("Open...") && file.contains("Save") && file.contains("Exit"), file.toString());
		assertTrue(window.menuTexts("Edit").stream().anyMatch(t -> t.startsWith("Undo")), window.menuTexts("Edit").toString());
		assertTrue(window.menuTexts("Window").contains("Reset Perspective"));
		IViewPart explorer = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(WorkbenchIds.VIEW_EXPLORER));
		assertEquals("Model Explorer", ui.call(() -> ((IWorkbenchPart2) explorer).getPartName()));

		window.menu("Help", "About Sí Empleo Workbench");
		ShellDriver about = ui.shell("About Sí Empleo Workbench");
		assertTrue(about.label("about.version").text().startsWith("Version "));
		about.button("Close").click();
		ui.waitUntilClosed(about);
	}
}
