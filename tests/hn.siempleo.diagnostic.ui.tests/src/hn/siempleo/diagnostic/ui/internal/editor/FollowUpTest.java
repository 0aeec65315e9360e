// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.diagnostic.Trend;
import hn.siempleo.diagnostic.Comparison.DimensionChange;
import hn.siempleo.diagnostic.ui.fixtures.DiagnosticWorkbench;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/** Nuevo seguimiento copies the diagnostic as its baseline; the summary compares them; Nuevo diagnóstico starts empty. */
@ExtendWith(ScreenshotOnFailure.class)
class FollowUpTest {

	private final DiagnosticWorkbench workbench = DiagnosticWorkbench.start();
	private final UiKit ui = workbench.ui();
	private final ShellDriver window = workbench.window();
	private Diagnostic national;
	private Workspace workspace;

	@AfterEach
	void leaveTheModelAsFound() {
		workbench.undoEverything();
	}

	@BeforeEach
	void openTheShippedDiagnostic() {
		national = workbench.national();
		workspace = ui.call(() -> workbench.model().workspace());
		workbench.openFromExplorer(national);
	}

	@Test
	void aFollowUpIsComparedWithItsBaselineDimensionByDimension() {
		window.menu("Diagnóstico", "Nuevo seguimiento…");
		ShellDriver dialog = ui.shell("Nuevo seguimiento");
		String code = "DX-" + ui.call(() -> ModelClock.today(workspace)).getYear() + "-NAC";
		assertEquals(code, dialog.text("scan.code").value());
		dialog.button("Crear seguimiento").click();
		ui.waitUntilClosed(dialog);

		ui.waitUntil("el seguimiento en el modelo", () -> workspace.getDiagnostics().size() == 2);
		Diagnostic followUp = ui.call(() -> workspace.getDiagnostics().get(1));
		assertSame(national, ui.call(followUp::getBaseline));
		ui.waitUntil("el editor muestra el seguimiento", () -> workbench.editors().shown() == followUp);
		ui.waitUntil("comparado con su línea base",
				() -> window.combo("summary.compareWith").selection().startsWith("DX-2023-NAC"));
		Table comparison = window.byId(Table.class, "summary.comparison");
		assertEquals(5, ui.call(comparison::getItemCount));
		assertEquals(List.of("igual", "igual", "igual", "igual", "igual"), changes(comparison));
		assertTrue(window.label("summary.criteriaTrend").text().contains("17 igual"));

		workbench.page(DiagnosticWorkbench.CRITERIA);
		workbench.selectCriterion(workbench.assessment(followUp, "G3"));
		workbench.press(window.byId(Tree.class, "criteria.tree"), '4');
		ui.waitUntil("G3 consolidado en el seguimiento",
				() -> workbench.assessment(followUp, "G3").getScore() == MaturityLevel.CONSOLIDATED);
		assertEquals(MaturityLevel.INITIAL, workbench.assessment(national, "G3").getScore(), "the baseline stays");
		workbench.page(DiagnosticWorkbench.SUMMARY);
		ui.waitUntil("Gobernanza mejor", () -> changes(comparison).get(0).equals("+0.75 mejor"));
		assertEquals(ScoreColours.forTrend(Trend.BETTER), ui.call(() -> comparison.getItem(0).getForeground(3)));
		assertEquals(Trend.BETTER, ui.call(() -> ((DimensionChange) comparison.getItem(0).getData()).trend()));
		assertEquals("+0.19 mejor", changes(comparison).get(4), "overall: 0.75 / 4");
		assertTrue(window.label("summary.criteriaTrend").text().startsWith("Criterios: 1 mejor"));

		workbench.undo();
		ui.waitUntil("el puntaje deshecho", () -> changes(comparison).get(0).equals("igual"));
		workbench.undo();
		ui.waitUntil("el seguimiento deshecho", () -> workspace.getDiagnostics().size() == 1);
		ui.waitUntil("el editor vuelve al diagnóstico nacional", () -> workbench.editors().shown() == national);
	}

	@Test
	void aNewNationalScanStartsWithEveryCriterionUnanswered() {
		window.menu("Diagnóstico", "Nuevo diagnóstico…");
		ShellDriver dialog = ui.shell("Nuevo diagnóstico");
		dialog.text("scan.code").type("DX-PRUEBA-NAC");
		dialog.button("Crear").click();
		ui.waitUntilClosed(dialog);
		ui.waitUntil("el diagnóstico en el modelo", () -> workspace.getDiagnostics().size() == 2);
		Diagnostic scan = ui.call(() -> workspace.getDiagnostics().get(1));
		assertEquals("DX-PRUEBA-NAC", ui.call(scan::getCode));
		assertEquals(16, ui.call(() -> scan.getOfficeScans().size()), "one per open office");
		ui.waitUntil("abierto en sus criterios", () -> workbench.editors().shown() == scan);
		ui.waitUntil("todos sin responder", () -> "17 de 17 criterios sin responder (resaltados)"
				.equals(window.label("criteria.unanswered").text()));
		workbench.undo();
		ui.waitUntil("deshecho", () -> workspace.getDiagnostics().size() == 1);
	}

	private List<String> changes(Table table) {
		return ui.call(() -> List.of(table.getItems()).stream().map(item -> item.getText(3)).toList());
	}
}
