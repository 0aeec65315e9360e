// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Institution;
import hn.siempleo.model.StepStatus;
import hn.siempleo.referral.CommitmentMatrix;
import hn.siempleo.referral.ReferralFilter;
import hn.siempleo.referral.ReferralMatrix;
import hn.siempleo.referral.fixtures.Ids;
import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.referral.ui.fixtures.NetworkWorkbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;

/**
 * The Red y convenios parts on the shipped data set: every edit through the parts is one undoable command
 * on the open model; each test undoes what it did.
 */
@ExtendWith(ScreenshotOnFailure.class)
class NetworkPartsTest {

	private NetworkWorkbench wb;

	@BeforeEach
	void start() {
		wb = NetworkWorkbench.start();
	}

	@Test
	void theFileMenuKeepsItsOwnItemsFirstAndTheImportAfterThem() {
		java.util.List<String> items = wb.window().menuTexts("Archivo");
		assertEquals("Nuevo modelo…", items.get(0), items.toString());
		assertEquals("Salir", items.get(items.size() - 1), items.toString());
		int revert = items.indexOf("Revertir");
		int importReferrals = items.indexOf("Importar derivaciones (CSV/XLSX)…");
		assertTrue(revert > 0 && importReferrals > revert, items.toString());
	}

	@Test
	void theShippedAgreementShowsItsPartiesValidityAndACommitmentCellCanBeSet() {
		wb.showView(ReferralUiIds.VIEW_AGREEMENT);
		assertEquals("Partes: SETRASS, SENPRENDE, INFOP", wb.window().label("agreement.parties").text());
		assertTrue(wb.window().label("agreement.validity").text().contains("30/11/2027"),
				wb.window().label("agreement.validity").text());
		int row = wb.row("agreement.commitmentRows", "INFOP", "Derivación interinstitucional");
		int column = wb.column("agreement.commitments", "OF-04");
		assertEquals("", wb.cell("agreement.commitments", row, column), "INFOP does not refer at El Progreso");
		assertEquals("✔", wb.cell("agreement.commitments", row, wb.column("agreement.commitments", "OF-01")));

		// the keyboard way: select the row and press the office's number (OF-04 is the third integrated office);
		// the row may lie below the visible part of the view, where it has no point to click
		org.eclipse.swt.widgets.Table table = wb.window().byId(org.eclipse.swt.widgets.Table.class, "agreement.commitments");
		int officeNumber = column - wb.column("agreement.commitments", "OF-01");
		wb.ui().run(() -> {
			table.setFocus();
			table.setSelection(row);
			org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
			key.character = (char) ('1' + officeNumber);
			table.notifyListeners(org.eclipse.swt.SWT.KeyDown, key);
		});

		wb.ui().waitUntil("la celda marcada", () -> "✔".equals(wb.cell("agreement.commitments", row, column)));
		assertTrue(wb.ui().call(() -> {
			var agreement = wb.agreement();
			Institution infop = agreement.getParties().get(2);
			var office = wb.model().workspace().getOffices().get(3);
			return CommitmentMatrix.commitment(agreement, infop, wb.model().workspace().getServices().get(3), office) != null;
		}), "the model has the commitment");
		assertTrue(wb.model().isDirty());
		assertTrue(wb.undo().startsWith("Deshacer Comprometer a INFOP"));
		wb.ui().waitUntil("la celda vacía otra vez", () -> "".equals(wb.cell("agreement.commitments", row, column)));

		// the mouse way, on a row always in view: SETRASS does not do territorial management at OF-01
		int territorial = wb.row("agreement.commitmentRows", "SETRASS", "Gestión territorial");
		int first = wb.column("agreement.commitments", "OF-01");
		assertEquals("", wb.cell("agreement.commitments", territorial, first));
		wb.clickCell("agreement.commitments", territorial, first);
		wb.ui().waitUntil("la celda marcada con el ratón",
				() -> "✔".equals(wb.cell("agreement.commitments", territorial, first)));
		assertTrue(wb.undo().startsWith("Deshacer Comprometer a SETRASS"));
		wb.ui().waitUntil("la celda vacía otra vez", () -> "".equals(wb.cell("agreement.commitments", territorial, first)));
	}

	@Test
	void aProtocolStepMovesDownAndBackWithUndo() {
		wb.showView(ReferralUiIds.VIEW_AGREEMENT);
		String first = wb.cell("agreement.protocol", 0, 1);
		String second = wb.cell("agreement.protocol", 1, 1);
		wb.ui().run(() -> wb.window().byId(org.eclipse.swt.widgets.Table.class, "agreement.protocol").select(0));
		wb.window().buttonById("agreement.stepDown").click();
		wb.ui().waitUntil("el primer paso baja", () -> first.equals(wb.cell("agreement.protocol", 1, 1)));
		assertEquals(second, wb.cell("agreement.protocol", 0, 1));
		assertEquals("1", wb.cell("agreement.protocol", 0, 0), "orders renumbered");
		assertTrue(wb.undo().startsWith("Deshacer Mover"));
		wb.ui().waitUntil("el orden original", () -> first.equals(wb.cell("agreement.protocol", 0, 1)));
	}

	@Test
	void addingAReferralRecordByHandChangesTheTotals() {
		wb.showView(ReferralUiIds.VIEW_REFERRALS);
		int before = total();
		int setrassInfop = wb.ui().call(() -> ReferralMatrix.of(wb.model().workspace(), ReferralFilter.ALL)
				.count(wb.agreement().getParties().get(0), wb.agreement().getParties().get(2)));
		assertTrue(wb.window().label("referrals.summary").text().startsWith("Total: " + before + " "));

		wb.window().buttonById("referrals.add").click();
		ShellDriver dialog = wb.ui().shell("Agregar registro de derivaciones");
		dialog.combo("addReferral.office").select("OF-04 Oficina El Progreso");
		dialog.text("addReferral.period").type("2025-T1");
		dialog.combo("addReferral.from").select("SETRASS");
		dialog.combo("addReferral.to").select("INFOP");
		dialog.combo("addReferral.service").select("Derivación interinstitucional");
		wb.spin(dialog, "addReferral.count", 7);
		dialog.combo("addReferral.outcome").select("Atendida");
		dialog.button("Agregar").click();
		wb.ui().waitUntilClosed(dialog);

		wb.ui().waitUntil("el total sube en 7", () -> total() == before + 7);
		assertTrue(wb.window().label("referrals.summary").text().startsWith("Total: " + (before + 7) + " "));
		int row = wb.row("referrals.matrix", "SETRASS");
		assertEquals(Integer.toString(setrassInfop + 7),
				wb.cell("referrals.matrix", row, wb.column("referrals.matrix", "INFOP")));
		wb.undo();
		wb.ui().waitUntil("el total vuelve", () -> wb.window().label("referrals.summary").text()
				.startsWith("Total: " + before + " "));
	}

	@Test
	void importingACsvWithOneBadRowAddsTheOthersAsOneUndoableStep(@TempDir Path folder) throws Exception {
		wb.showView(ReferralUiIds.VIEW_REFERRALS);
		int before = total();
		Path csv = folder.resolve("derivaciones.csv");
		Files.writeString(csv, """
				Oficina;Periodo;Desde;Hacia;Servicio;Cantidad;Resultado
				OF-01;2025-T1;SETRASS;INFOP;DER;11;Atendida
				OF-02;2025-T1;SETRASS;SENPRENDE;DER;abc;Atendida
				OF-05;2025-T1;SETRASS;SENPRENDE;DER;4;En proceso
				""", StandardCharsets.UTF_8);

		wb.execute(ReferralUiIds.COMMAND_IMPORT, Map.of(ReferralUiIds.FILE_PARAMETER, csv.toString()));

		ShellDriver preview = wb.ui().shell("Vista previa de la importación");
		assertTrue(preview.label("import.summary").text().startsWith("Se agregarán 2 registros"),
				preview.label("import.summary").text());
		assertEquals(1, preview.table("import.problems").rowCount());
		assertEquals("3", preview.table("import.problems").cell(0, 0));
		assertEquals("Cantidad", preview.table("import.problems").cell(0, 1));
		preview.button("Aplicar").click();
		wb.ui().waitUntilClosed(preview);

		wb.ui().waitUntil("15 derivaciones más", () -> total() == before + 15);
		wb.ui().waitUntil("el resumen al día",
				() -> wb.window().label("referrals.summary").text().startsWith("Total: " + (before + 15) + " "));
		assertEquals("Deshacer Agregar 2 registros de derivaciones", wb.undo());
		wb.ui().waitUntil("el total vuelve", () -> total() == before);
	}

	@Test
	void advancingALocalPlanStepAndUndoingIt() {
		wb.showView(ReferralUiIds.VIEW_TABLES);
		wb.window().combo("tables.plan").select(Ids.PLAN_EL_PROGRESO);
		int row = 2; // 3. Priorización: in progress in the shipped data
		wb.ui().waitUntil("el paso 3 en curso", () -> "En curso".equals(wb.cell("tables.steps", row, 1)));

		wb.window().buttonById("tables.advance").click();

		wb.ui().waitUntil("el paso 3 hecho", () -> "Cumplido".equals(wb.cell("tables.steps", row, 1)));
		assertEquals(StepStatus.DONE, wb.ui().call(() -> wb.model().workspace().getTerritorialTables().get(3)
				.getLocalPlans().get(0).getSteps().get(2).getStatus()));
		assertTrue(wb.undo().startsWith("Deshacer Completar el paso"));
		wb.ui().waitUntil("el paso 3 en curso otra vez", () -> "En curso".equals(wb.cell("tables.steps", row, 1)));
	}

	@Test
	void coverageListsTheOfficesAndTheGapsOfTheShippedData() {
		wb.showView(ReferralUiIds.VIEW_COVERAGE);
		assertTrue(wb.window().label("coverage.summary").text().startsWith("17 oficinas: 6 integradas y 11 tradicionales"),
				wb.window().label("coverage.summary").text());
		assertEquals(17, wb.window().table("coverage.offices").rowCount());
		assertTrue(wb.window().table("coverage.gaps").rowCount() > 0, "the shipped data has gaps to show");
	}

	private int total() {
		return wb.ui().call(() -> ReferralMatrix.of(wb.model().workspace(), ReferralFilter.ALL).total());
	}
}
