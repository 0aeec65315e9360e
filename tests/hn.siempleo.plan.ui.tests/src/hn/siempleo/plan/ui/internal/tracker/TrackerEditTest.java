// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Action;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.commands.CommandReplay;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;

/** In-place editing: a SetCommand on the open model's domain, undone from the Edit menu. */
@ExtendWith(ScreenshotOnFailure.class)
class TrackerEditTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();
	private NatTableDriver grid;

	@BeforeEach
	void showTheTracker() {
		grid = workbench.tracker();
	}

	@Test
	void aResponsibleEditedInTheGridIsUndoneFromTheEditMenu() {
		Action action = workbench.action("AC-05");
		String before = ui.call(action::getResponsiblePerson);
		int row = grid.rowWhere("Código", "AC-05");

		assertTrue(grid.editCell(row, "Responsable", "Marta Zelaya"));
		ui.waitUntil("el cambio en el modelo", () -> "Marta Zelaya".equals(action.getResponsiblePerson()));
		assertEquals("Marta Zelaya", grid.text(grid.rowWhere("Código", "AC-05"), "Responsable"));
		assertEquals("Deshacer Establecer Responsable", workbench.undoLabel());

		workbench.undo();
		ui.waitUntil("deshacer", () -> Objects.equals(before, action.getResponsiblePerson()));
		ui.waitUntil("la celda con el valor anterior",
				() -> Objects.equals(before, grid.text(grid.rowWhere("Código", "AC-05"), "Responsable")));
	}

	@Test
	void gridEditsReplayThroughUndoAndRedo() {
		Action action = workbench.action("AC-05");
		String owner = ui.call(action::getResponsiblePerson);
		int progress = ui.call(action::getProgress);
		int other = progress == 35 ? 45 : 35;
		CommandReplay.on(workbench.model().commandStack()).onThread(ui::run)
				.initially(() -> shows(action, owner, progress))
				.perform("responsable", () -> assertTrue(grid.editCell(grid.rowWhere("Código", "AC-05"), "Responsable",
						"Marta Zelaya")), () -> shows(action, "Marta Zelaya", progress))
				.perform("avance", () -> assertTrue(grid.editCell(grid.rowWhere("Código", "AC-05"), "Avance %",
						String.valueOf(other))), () -> shows(action, "Marta Zelaya", other))
				.run();
	}

	/** The model and the grid's row both hold these values (the grid may catch up a moment later). */
	private void shows(Action action, String owner, int progress) {
		ui.waitUntil("responsable «" + owner + "» y avance " + progress + " en el modelo y en la tabla",
				() -> Objects.equals(owner, action.getResponsiblePerson()) && action.getProgress() == progress
						&& Objects.equals(owner == null ? "" : owner, grid.text(grid.rowWhere("Código", "AC-05"), "Responsable"))
						&& grid.text(grid.rowWhere("Código", "AC-05"), "Avance %").startsWith(String.valueOf(progress)));
	}

	@Test
	void aValueOutOfRangeIsRefusedAndNothingChanges() {
		Action action = workbench.action("AC-06");
		int progress = ui.call(action::getProgress);
		boolean undoable = ui.call(() -> workbench.model().commandStack().canUndo());
		assertFalse(grid.editCell(grid.rowWhere("Código", "AC-06"), "Avance %", "150"));
		assertEquals(progress, (int) ui.call(action::getProgress));
		assertEquals(undoable, ui.call(() -> workbench.model().commandStack().canUndo()));
	}

	@Test
	void theSelectedActionShowsInTheProperties() {
		grid.selectCell(grid.rowWhere("Código", "AC-09"), "Título");
		Action action = workbench.action("AC-09");
		String owner = ui.call(action::getResponsiblePerson);
		ui.waitUntil("la acción en Propiedades", () -> workbench.window().hasId("details.responsiblePerson")
				&& Objects.equals(owner == null ? "" : owner, workbench.window().text("details.responsiblePerson").value()));
	}

	@Test
	void aPriorityOneActionWithoutResponsibleIsMarkedUntilUndone() {
		Action action = workbench.actions().stream().filter(a -> a.getPriority() <= 2 && a.getResponsiblePerson() != null)
				.findFirst().orElseThrow();
		String code = ui.call(action::getCode);
		assertFalse(grid.labels(grid.rowWhere("Código", code), "Responsable").contains("PROBLEM_WARNING"));
		assertTrue(grid.editCell(grid.rowWhere("Código", code), "Responsable", ""));
		ui.waitUntil("sin responsable", () -> action.getResponsiblePerson() == null);
		ui.waitUntil("la celda marcada",
				() -> grid.labels(grid.rowWhere("Código", code), "Responsable").contains("PROBLEM_WARNING"));
		workbench.undo();
		ui.waitUntil("la marca quitada al deshacer",
				() -> !grid.labels(grid.rowWhere("Código", code), "Responsable").contains("PROBLEM_WARNING"));
	}
}
