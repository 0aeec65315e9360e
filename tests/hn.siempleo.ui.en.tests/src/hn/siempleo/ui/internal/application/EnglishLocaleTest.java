// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;

import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPart2;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Department;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.text.Labels;
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
		assertTrue(file.contains("Open…") && file.contains("Save") && file.contains("Exit"), file.toString());
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

	@Test
	void theModelsWordsAreEnglishNotItsLiterals() {
		assertEquals("Completed", Labels.literal(ActionStatus.DONE));
		assertEquals("In progress", Labels.literal(ActionStatus.IN_PROGRESS));
		assertEquals("Closed", Labels.literal(TrafficLight.DONE));
		assertEquals("Francisco Morazán", Labels.literal(Department.FRANCISCO_MORAZAN));
		assertEquals("Action", Labels.kind(SiempleoPackage.Literals.ACTION));
		List<String> raw = new ArrayList<>();
		for (EClassifier classifier : SiempleoPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EEnum type) {
				for (EEnumLiteral literal : type.getELiterals()) {
					String label = Labels.literal(literal.getInstance());
					if (label.isBlank() || label.equals(literal.getName()) || label.equals(literal.getLiteral())) {
						raw.add(type.getName() + "." + literal.getName() + " = " + label);
					}
				}
			}
		}
		assertEquals(List.of(), raw, "literals shown by their names in English");
	}
}
