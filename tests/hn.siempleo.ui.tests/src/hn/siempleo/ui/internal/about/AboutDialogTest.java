// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

@ExtendWith(ScreenshotOnFailure.class)
class AboutDialogTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void helpAboutShowsTheVersionAndCloses() {
		ui.workbenchShell().menu("Ayuda", "Acerca de Sí Empleo Workbench");
		ShellDriver about = ui.shell("Acerca de Sí Empleo Workbench");
		Version version = FrameworkUtil.getBundle(AboutDialog.class).getVersion();
		String shown = about.label("about.version").text();
		assertTrue(shown.startsWith("Versión " + AboutDialog.displayVersion(version) + " "), shown);
		assertTrue(shown.contains(version.toString()), shown);
		assertEquals("Sí Empleo Workbench", about.label("about.name").text());
		about.button("Cerrar").click();
		ui.waitUntilClosed(about);
	}

	@Test
	void displayVersionDropsTheQualifier() {
		assertEquals("2.5.1", AboutDialog.displayVersion(new Version(2, 5, 1, "202611261200")));
	}
}
