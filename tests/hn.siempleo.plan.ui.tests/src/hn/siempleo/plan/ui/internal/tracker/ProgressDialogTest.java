// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Action;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TableDriver;
import hn.siempleo.tests.uikit.UiKit;

/** A progress report recorded for the selected action: in its history at once, one command to undo. */
@ExtendWith(ScreenshotOnFailure.class)
class ProgressDialogTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();

	@Test
	void aReportIsAddedToTheHistoryAndSetsTheProgress() {
		NatTableDriver grid = workbench.tracker();
		Action action = workbench.action("AC-02");
		int reports = ui.call(() -> action.getProgressReports().size());
		int progress = ui.call(action::getProgress);
		grid.selectCell(grid.rowWhere("Código", "AC-02"), "Título");
		workbench.window().buttonById("tracker.progress").click();

		ShellDriver dialog = ui.shell("Avances de AC-02");
		Table history = dialog.byId(Table.class, "progress.history");
		assertEquals(reports, (int) ui.call(history::getItemCount));
		dialog.text("progress.date").type("15/07/2099");
		Spinner percent = dialog.byId(Spinner.class, "progress.percent");
		ui.run(() -> percent.setSelection(85));
		dialog.text("progress.note").type("Fichas de orientación aprobadas");
		dialog.buttonById("progress.record").click();
		ui.waitUntil("el informe en el historial", () -> history.getItemCount() == reports + 1);
		TableDriver rows = dialog.table("progress.history");
		assertEquals("Fichas de orientación aprobadas", rows.cell("15/07/2099", "Nota"));
		assertEquals("85 %", rows.cell("15/07/2099", "Avance %"));
		assertEquals(85, (int) ui.call(action::getProgress), "the latest report sets the action's progress");
		dialog.close();
		ui.waitUntilClosed(dialog);

		assertTrue(workbench.undoLabel().equals("Deshacer Registrar avance"), workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("deshecho", () -> action.getProgressReports().size() == reports && action.getProgress() == progress);
	}
}
