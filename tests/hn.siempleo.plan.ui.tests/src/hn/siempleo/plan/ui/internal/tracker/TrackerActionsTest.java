// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.commands.CommandReplay;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/** Adding and deleting actions in the tracker: its buttons, its context menu and its keys, each one undoable step. */
@ExtendWith(ScreenshotOnFailure.class)
class TrackerActionsTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();
	private NatTableDriver grid;
	private ActionPlan plan;

	@BeforeEach
	void showTheTracker() {
		grid = workbench.tracker();
		plan = ui.call(() -> workbench.model().workspace().getPlans().get(0));
	}

	@Test
	void aNewActionTakesTheNextCodeIsSelectedAndIsOneStepToUndoAndRedo() {
		Action like = workbench.action("AC-05");
		grid.selectCell(grid.rowWhere("Código", "AC-05"), "Título");
		CommandReplay.on(workbench.model().commandStack()).onThread(ui::run)
				.initially(() -> ui.waitUntil("83 acciones", () -> grid.rowCount() == Workbench.ACTIONS))
				.perform("Nueva acción", () -> workbench.window().buttonById("tracker.new").click(), () -> {
					ui.waitUntil("la acción AC-84 en la tabla", () -> grid.columnTexts("Código").contains("AC-84"));
					Action created = ui.call(() -> plan.getActions().get(plan.getActions().size() - 1));
					assertEquals("AC-84", ui.call(created::getCode));
					assertEquals(ActionStatus.NOT_STARTED, ui.call(created::getStatus));
					assertSame(ui.call(like::getAxis), ui.call(created::getAxis));
					assertEquals((int) ui.call(like::getPriority), (int) ui.call(created::getPriority));
				}).run();
		ui.run(() -> workbench.model().commandStack().redo());
		ui.waitUntil("la acción nueva seleccionada", () -> grid.columnTexts("Código").contains("AC-84"));
		assertEquals("Deshacer Nueva acción AC-84", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("la acción nueva quitada", () -> grid.rowCount() == Workbench.ACTIONS);
	}

	@Test
	void aNewActionHiddenByTheSearchDropsTheFiltersAndIsSelected() {
		Text search = workbench.window().byId(Text.class, "tracker.search");
		ui.run(() -> search.setText("capacitar"));
		ui.waitUntil("la búsqueda aplicada", () -> grid.rowCount() < Workbench.ACTIONS);
		grid.press(SWT.INSERT);
		ui.waitUntil("todas las acciones y la nueva", () -> grid.rowCount() == Workbench.ACTIONS + 1);
		assertEquals("", ui.call(search::getText));
		TrackerPart part = ui.call(() -> hn.siempleo.plan.ui.internal.Trackers
				.of(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
		ui.waitUntil("la acción nueva seleccionada",
				() -> ui.call(() -> part.selectedActions().stream().map(Action::getCode).toList()).equals(List.of("AC-84")));
		workbench.undo();
		ui.waitUntil("la acción nueva quitada", () -> grid.rowCount() == Workbench.ACTIONS);
	}

	@Test
	void theDeleteKeyAndTheContextMenuDeleteTheSelectedActionUntilUndone() {
		Action action = workbench.action("AC-07");
		grid.selectCell(grid.rowWhere("Código", "AC-07"), "Título");
		assertEquals(List.of("Nueva acción", "Avances…", "Eliminar"), grid.contextMenuTexts());
		assertTrue(grid.contextMenuEnabled("Eliminar"));

		grid.press(SWT.DEL);
		ui.waitUntil("AC-07 eliminada", () -> ui.call(() -> action.eContainer() == null));
		assertFalse(grid.columnTexts("Código").contains("AC-07"));
		assertEquals("Deshacer Eliminar AC-07", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("AC-07 de vuelta", () -> grid.columnTexts("Código").contains("AC-07"));
		assertSame(plan, ui.call(action::eContainer));

		grid.selectCell(grid.rowWhere("Código", "AC-07"), "Título");
		grid.contextMenu("Eliminar");
		ui.waitUntil("AC-07 eliminada desde el menú", () -> ui.call(() -> action.eContainer() == null));
		workbench.undo();
		ui.waitUntil("AC-07 de vuelta otra vez", () -> ui.call(() -> action.eContainer() == plan));
	}

	@Test
	void aPlanRemovedAndBroughtBackIsFollowed() {
		var model = workbench.model();
		ui.run(() -> model.commandStack().execute(RemoveCommand.create(model.editingDomain(), model.workspace(),
				SiempleoPackage.Literals.WORKSPACE__PLANS, plan)));
		ui.waitUntil("el seguimiento sin plan", () -> grid.rowCount() == 0 && workbench.window()
				.label("tracker.summary.count").text().equals("El modelo abierto no tiene un plan de acción."));
		ui.run(() -> model.commandStack().undo());
		ui.waitUntil("el plan de vuelta", () -> grid.rowCount() == Workbench.ACTIONS);
	}

	@Test
	void deletingSeveralActionsAsksFirst() {
		Action first = workbench.action("AC-07");
		Action second = workbench.action("AC-08");
		grid.selectCell(grid.rowWhere("Código", "AC-07"), "Título");
		grid.addCellToSelection(grid.rowWhere("Código", "AC-08"), "Título");

		grid.press(SWT.DEL);
		ShellDriver question = ui.shell("Eliminar acciones");
		assertTrue(question.labelContaining("2 acciones").text().contains("Deshacer"));
		question.button("No").click();
		ui.waitUntilClosed(question);
		assertSame(plan, ui.call(first::eContainer));
		assertSame(plan, ui.call(second::eContainer));

		grid.press(SWT.DEL);
		question = ui.shell("Eliminar acciones");
		question.button("Sí").click();
		ui.waitUntilClosed(question);
		ui.waitUntil("las dos eliminadas", () -> ui.call(() -> first.eContainer() == null && second.eContainer() == null));
		assertEquals("Deshacer Eliminar 2 acciones", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("las dos de vuelta", () -> ui.call(() -> first.eContainer() == plan && second.eContainer() == plan));
	}
}
