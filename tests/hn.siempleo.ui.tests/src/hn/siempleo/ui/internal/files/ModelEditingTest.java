// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * The planner's round: the shipped data set is open at start; a field edited in the properties form is
 * undone and redone from the Edit menu, saved, and still there after reopening the file.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ModelEditingTest {

	private final UiKit ui = UiKit.forWorkbench();
	private ModelSession session;

	@BeforeEach
	void waitForTheDataSet() {
		session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto al arrancar", () -> session.current() != null);
		ui.waitUntil("el título con el nombre del modelo", () -> ui.workbenchShell().widget().getText().contains(".siempleo"));
	}

	@Test
	void theShippedDataSetOpensAtStartInTheExplorer() throws Exception {
		ShellDriver window = ui.workbenchShell();
		OpenModel model = ui.call(session::current);
		assertEquals("si-empleo-2024.siempleo", model.displayName());
		List<String> folders = window.tree("explorer.tree").rootTexts();
		assertTrue(folders.contains("Oficinas (17)"), folders.toString());
		assertTrue(folders.stream().anyMatch(f -> f.startsWith("Planes")), folders.toString());
		// the folder names the kind: its elements are not "Oficina Oficina Central Tegucigalpa"
		List<String> offices = window.tree("explorer.tree").childTexts("Oficinas (17)");
		assertEquals("Oficina Central Tegucigalpa", offices.get(0), offices.toString());
		assertTrue(offices.stream().noneMatch(o -> o.startsWith("Oficina Oficina")), offices.toString());
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/workbench-data-set.png");
		Files.createDirectories(shot.getParent());
		ScreenshotOnFailure.capture(shot);
	}

	@Test
	void editUndoRedoSaveAndReopen() {
		ShellDriver window = ui.workbenchShell();
		OpenModel model = ui.call(session::current);
		Action action = ui.call(() -> model.workspace().getPlans().get(0).getActions().get(0));
		String before = ui.call(action::getResponsiblePerson);
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(WorkbenchIds.VIEW_PROPERTIES);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
			session.showElement(action);
		});
		window.text("details.responsiblePerson").type("Responsable de prueba");
		ui.waitUntil("el cambio en el modelo", () -> "Responsable de prueba".equals(action.getResponsiblePerson()));
		ui.waitUntil("el título marcado como modificado", () -> window.widget().getText().contains("*"));

		assertTrue(window.menuTexts("Editar").stream().anyMatch(t -> t.startsWith("Deshacer ")),
				"the Edit menu names what will be undone: " + window.menuTexts("Editar"));
		window.menu("Editar", menuItemStartingWith(window, "Deshacer"));
		ui.waitUntil("deshacer", () -> java.util.Objects.equals(before, action.getResponsiblePerson()));
		ui.waitUntil("el formulario muestra el valor anterior",
				() -> java.util.Objects.equals(before == null ? "" : before, window.text("details.responsiblePerson").value()));
		window.menu("Editar", menuItemStartingWith(window, "Rehacer"));
		ui.waitUntil("rehacer", () -> "Responsable de prueba".equals(action.getResponsiblePerson()));

		window.menu("Archivo", "Guardar");
		ui.waitUntil("guardado", () -> !model.isDirty());
		ui.waitUntil("el título sin marca", () -> !window.widget().getText().contains("*"));

		Path file = Path.of(model.location().toFileString());
		WorkbenchCommands.execute(ui, WorkbenchIds.COMMAND_OPEN, Map.of(WorkbenchIds.OPEN_FILE_PARAMETER, file.toString()));
		ui.waitUntil("el modelo reabierto", () -> session.current() != model);
		OpenModel reopened = ui.call(session::current);
		assertNotSame(model, reopened);
		assertEquals("Responsable de prueba",
				ui.call(() -> reopened.workspace().getPlans().get(0).getActions().get(0).getResponsiblePerson()));
		assertNotEquals(before, "Responsable de prueba");
		assertFalse(ui.call(reopened::isDirty));
	}

	private String menuItemStartingWith(ShellDriver window, String prefix) {
		return window.menuTexts("Editar").stream().filter(t -> t.startsWith(prefix)).findFirst()
				.orElseThrow(() -> new AssertionError("no hay «" + prefix + "…» en Editar"));
	}
}
