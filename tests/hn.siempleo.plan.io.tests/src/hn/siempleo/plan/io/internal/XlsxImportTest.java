// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static hn.siempleo.plan.io.fixtures.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.tests.commands.CommandReplay;
import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.plan.io.fixtures.PlanFixtures;

/** Import: a preview with per-row errors, then one undoable command for the valid rows. */
class XlsxImportTest {

	private final XlsxActionSpreadsheets spreadsheets = new XlsxActionSpreadsheets();
	private final Workspace workspace = PlanFixtures.workspace();
	private final ActionPlan plan = workspace.getPlans().get(0);
	private final AdapterFactoryEditingDomain domain = PlanFixtures.domain(workspace);

	@Test
	void updatesAndNewRowsApplyAsOneCommandThatUndoesAndRedoes() throws Exception {
		ImportPreview preview = preview(sheet -> {
			PlanFixtures.blankCell(sheet, 2, "Responsable").setCellValue("Ana Castillo");
			Row added = sheet.createRow(5);
			added.createCell(0).setCellValue("AC-05");
			PlanFixtures.blankCell(sheet, 6, "Título").setCellValue("Capacitar a los orientadores");
			PlanFixtures.blankCell(sheet, 6, "Eje").setCellValue("eje2");
			PlanFixtures.blankCell(sheet, 6, "Prioridad").setCellValue(2);
			PlanFixtures.blankCell(sheet, 6, "Inicio").setCellValue("01/07/2025");
			PlanFixtures.blankCell(sheet, 6, "Fecha límite").setCellValue(LocalDate.of(2025, 11, 30));
			PlanFixtures.blankCell(sheet, 6, "Oficinas").setCellValue("OF-01; of-02");
			PlanFixtures.blankCell(sheet, 6, "Estado").setCellValue("no iniciada");
		});
		assertTrue(preview.errors().isEmpty(), preview.errors().toString());
		assertEquals(1, preview.newCount());
		assertEquals(1, preview.updateCount());

		Action first = plan.getActions().get(0);
		CommandReplay.on(domain.getCommandStack())
				.initially(() -> {
					assertEquals("María López", first.getResponsiblePerson());
					assertEquals(4, plan.getActions().size());
				})
				.execute("importar una actualización y una acción nueva", () -> preview.command(domain), () -> {
					assertEquals("Ana Castillo", first.getResponsiblePerson());
					assertEquals(5, plan.getActions().size());
					Action added = plan.getActions().get(4);
					assertEquals("AC-05", added.getCode());
					assertEquals("EJE2", added.getAxis().getCode());
					assertEquals(LocalDate.of(2025, 7, 1), added.getStartDate());
					assertEquals(LocalDate.of(2025, 11, 30), added.getDueDate());
					assertEquals(List.of("OF-01", "OF-02"), added.getOffices().stream().map(o -> o.getCode()).toList());
					assertEquals("Importar acciones desde Excel", domain.getCommandStack().getUndoCommand().getLabel());
				})
				.run();
	}

	@Test
	void aSecondImportOverTheFirstUndoesStepByStep() throws Exception {
		Action first = plan.getActions().get(0);
		CommandReplay.on(domain.getCommandStack())
				.initially(() -> assertEquals("María López", first.getResponsiblePerson()))
				.execute("primera importación", () -> command(sheet -> PlanFixtures.blankCell(sheet, 2, "Responsable")
						.setCellValue("Ana Castillo")), () -> assertEquals("Ana Castillo", first.getResponsiblePerson()))
				.execute("segunda importación", () -> command(sheet -> PlanFixtures.blankCell(sheet, 2, "Responsable")
						.setCellValue("Rosa Mejía")), () -> assertEquals("Rosa Mejía", first.getResponsiblePerson()))
				.run();
	}

	private Command command(Consumer<Sheet> edit) {
		try {
			ImportPreview preview = preview(edit);
			assertTrue(preview.errors().isEmpty(), preview.errors().toString());
			return preview.command(domain);
		} catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	@ParameterizedTest(name = "{0} = «{1}» → {3}")
	@CsvSource(delimiter = '|', value = {
			"Eje            | EJE9       | 2 | El eje «EJE9» no existe; los ejes son: EJE1, EJE2, EJE3.",
			"Prioridad      | 7          | 2 | La prioridad debe ser 1, 2, 3 o 4 (se leyó «7»).",
			"Inicio         | 31/02/2025 | 3 | «31/02/2025» no es una fecha válida; escriba día/mes/año, por ejemplo 31/12/2025.",
			"Fecha límite   | 01/01/2024 | 3 | La fecha límite 01/01/2024 es anterior a la fecha de inicio 01/02/2025.",
			"Avance %       | 150        | 2 | El avance debe estar entre 0 y 100 (se leyó «150»).",
			"Costo estimado (L) |        | 4 | Las acciones de prioridad 3 necesitan un costo estimado mayor que cero.",
			"Estado         | Terminada  | 5 | «Terminada» no es un valor válido; se admiten: No iniciada, En proceso, Completada, Cancelada.",
			"Oficinas       | OF-99      | 2 | La oficina «OF-99» no existe.",
			"Código         | AC-01      | 3 | El código «AC-01» ya aparece en la fila 2.",
			"Código         |            | 5 | Falta el código de la acción." })
	void aBadCellRejectsItsRowWithTheReason(String header, String value, int row, String reason) throws Exception {
		ImportPreview preview = preview(sheet -> {
			var cell = PlanFixtures.blankCell(sheet, row, header);
			if (value != null) {
				cell.setCellValue(value);
			}
			PlanFixtures.blankCell(sheet, 2, "Responsable").setCellValue("Ana Castillo");
		});
		assertEquals(List.of(new RowError(row, header, reason)), preview.errors());
		ImportRow rejected = preview.rows().stream().filter(r -> r.row() == row).findFirst().orElseThrow();
		assertTrue(!rejected.applicable());
		if (row != 2) {
			domain.getCommandStack().execute(preview.command(domain));
			assertEquals("Ana Castillo", plan.getActions().get(0).getResponsiblePerson(), "valid rows still apply");
		}
	}

	@Test
	void aNewRowNeedsTitleAxisAndPriority() throws Exception {
		ImportPreview preview = preview(sheet -> sheet.createRow(5).createCell(0).setCellValue("AC-09"));
		assertEquals(List.of("Título", "Eje", "Prioridad"),
				preview.errors().stream().map(RowError::column).toList());
		assertTrue(preview.errors().stream().allMatch(error -> error.row() == 6));
	}

	@Test
	void textNumbersAndAmountsWithGroupingAreRead() throws Exception {
		ImportPreview preview = preview(sheet -> {
			PlanFixtures.blankCell(sheet, 4, "Costo estimado (L)").setCellValue("L 2,500,000.75");
			PlanFixtures.blankCell(sheet, 5, "Costo estimado (L)").setCellValue("1.000.000,00");
			PlanFixtures.blankCell(sheet, 5, "Prioridad").setCellValue("3");
		});
		assertTrue(preview.errors().isEmpty(), preview.errors().toString());
		domain.getCommandStack().execute(preview.command(domain));
		assertEquals(0, new BigDecimal("2500000.75").compareTo(plan.getActions().get(2).getEstimatedCost()));
		assertEquals(0, new BigDecimal("1000000").compareTo(plan.getActions().get(3).getEstimatedCost()));
		assertEquals(3, plan.getActions().get(3).getPriority());
	}

	@Test
	void aBlankTextClearsTheFieldAndABlankStatusKeepsIt() throws Exception {
		ImportPreview preview = preview(sheet -> {
			PlanFixtures.blankCell(sheet, 2, "Responsable");
			PlanFixtures.blankCell(sheet, 2, "Estado");
		});
		domain.getCommandStack().execute(preview.command(domain));
		assertNull(plan.getActions().get(0).getResponsiblePerson());
		assertEquals("IN_PROGRESS", plan.getActions().get(0).getStatus().getName());
	}

	private ImportPreview preview(Consumer<Sheet> edit) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(plan.getActions(), Arrays.asList(ActionColumn.values()), TODAY, out);
		XSSFWorkbook workbook = PlanFixtures.open(out.toByteArray());
		edit.accept(workbook.getSheet("Acciones"));
		return spreadsheets.preview(new ByteArrayInputStream(PlanFixtures.bytes(workbook)), plan);
	}
}
