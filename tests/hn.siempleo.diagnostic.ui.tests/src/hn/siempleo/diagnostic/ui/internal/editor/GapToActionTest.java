// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.diagnostic.Gap;
import hn.siempleo.diagnostic.ui.fixtures.DiagnosticWorkbench;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Term;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/**
 * From a gap to a plan action and back: Crear acción pre-fills and links the action, the tracker shows it with
 * its criterion, Ir al criterio de la acción returns to the criterion, Deshacer removes it everywhere.
 */
@ExtendWith(ScreenshotOnFailure.class)
class GapToActionTest {

	private final DiagnosticWorkbench workbench = DiagnosticWorkbench.start();
	private final UiKit ui = workbench.ui();
	private final ShellDriver window = workbench.window();
	private Diagnostic national;
	private ActionPlan plan;

	@AfterEach
	void leaveTheModelAsFound() {
		workbench.undoEverything();
	}

	@BeforeEach
	void showTheGaps() {
		national = workbench.national();
		plan = ui.call(() -> workbench.model().workspace().getPlans().get(0));
		workbench.openFromExplorer(national);
		workbench.page(DiagnosticWorkbench.GAPS);
	}

	@Test
	void gapsAreListedBySeverityUnderTheThresholdTheUserSets() {
		assertEquals("3 Establecido", window.combo("gaps.threshold").selection());
		ui.waitUntil("15 brechas", () -> window.label("gaps.count").text().startsWith("15 brechas"));
		Table table = window.byId(Table.class, "gaps.table");
		assertEquals("G3 Sistema de monitoreo y evaluación (indicadores, metas)", ui.call(() -> table.getItem(0).getText(1)));
		assertEquals("Alta", ui.call(() -> table.getItem(0).getText(0)));
		assertEquals("P1", ui.call(() -> table.getItem(0).getText(5)), "severe, own means");
		window.combo("gaps.threshold").select("2 En desarrollo");
		ui.waitUntil("9 brechas", () -> window.label("gaps.count").text().startsWith("9 brechas"));
		window.combo("gaps.threshold").select("3 Establecido");
		ui.waitUntil("15 brechas otra vez", () -> window.label("gaps.count").text().startsWith("15 brechas"));
	}

	@Test
	void anActionCreatedFromAGapIsFoundInTheTrackerLinkedToItsCriterionAndBack() {
		Assessment a4 = workbench.assessment(national, "A4");
		int linked = ui.call(() -> a4.getActions().size());
		workbench.selectRow("gaps.table", data -> data instanceof Gap gap && gap.assessment() == a4);
		window.buttonById("gaps.create").click();

		ShellDriver dialog = ui.shell("Crear acción");
		assertEquals("1 (medios propios) – sugerida", dialog.combo("createAction.priority").selection());
		assertTrue(dialog.combo("createAction.axis").selection().startsWith("EJE2"), "the criterion's suggested axis");
		assertEquals("Registrar agencias privadas y acordar intercambio de vacantes.",
				dialog.text("createAction.title").value());
		dialog.button("Crear acción").click();
		ui.waitUntilClosed(dialog);

		ui.waitUntil("la acción en el plan", () -> plan.getActions().size() == 84);
		Action created = ui.call(() -> plan.getActions().get(83));
		assertEquals("AC-84", ui.call(created::getCode));
		assertSame(a4, ui.call(created::getOriginAssessment));
		assertEquals(1, ui.call(created::getPriority));
		assertEquals(Term.SHORT, ui.call(created::getPhase));
		assertEquals("ALI", ui.call(() -> created.getDimension().getCode()));
		assertEquals(linked + 1, ui.call(() -> a4.getActions().size()), "linked back to the assessment");
		Table actions = window.byId(Table.class, "gaps.actions");
		ui.waitUntil("la acción entre las vinculadas",
				() -> List.of(actions.getItems()).stream().anyMatch(item -> item.getData() == created));

		workbench.selectRow("gaps.actions", data -> data == created);
		window.buttonById("gaps.showAction").click();
		NatTableDriver grid = window.natTable("tracker.grid");
		ui.waitUntil("la acción en el seguimiento", () -> grid.columnTexts("Código").contains("AC-84"));
		int row = grid.rowWhere("Código", "AC-84");
		assertEquals("A4", grid.text(row, "Criterio"), "the tracker shows the criterion it answers");

		ui.run(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IViewPart tracker = page.findView(PlanUiIds.VIEW_TRACKER);
			page.activate(tracker);
		});
		grid.selectCell(grid.rowWhere("Código", "AC-84"), "Título");
		window.menu("Diagnóstico", "Ir al criterio de la acción");
		ui.waitUntil("el criterio A4 en el editor", () -> workbench.selectedCriterion() == a4);
		ui.waitUntil("el formulario de A4", () -> window.label("criteria.title").text().startsWith("A4 "));

		workbench.undo();
		ui.waitUntil("la acción deshecha", () -> plan.getActions().size() == 83);
		assertEquals(linked, ui.call(() -> a4.getActions().size()));
		assertFalse(ui.call(() -> a4.getActions().contains(created)));
	}
}
