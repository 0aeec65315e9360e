// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static hn.siempleo.plan.io.fixtures.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.plan.io.fixtures.PlanFixtures;

class XlsxExportTest {

	private final XlsxActionSpreadsheets spreadsheets = new XlsxActionSpreadsheets();
	private final ActionPlan plan = PlanFixtures.workspace().getPlans().get(0);

	@Test
	void writesSpanishHeadersRealDatesAndNumbers() throws Exception {
		byte[] bytes = export(Arrays.asList(ActionColumn.values()));
		try (XSSFWorkbook workbook = PlanFixtures.open(bytes)) {
			Sheet sheet = workbook.getSheet("Acciones");
			Row header = sheet.getRow(0);
			assertEquals("Código", header.getCell(0).getStringCellValue());
			assertEquals("Fecha límite", PlanFixtures.cell(sheet, 1, "Fecha límite").getStringCellValue());
			assertEquals("Costo estimado (L)", header.getCell(ActionColumn.COST.ordinal()).getStringCellValue());
			assertEquals(4, sheet.getLastRowNum(), "a header and four actions");

			var start = PlanFixtures.cell(sheet, 4, "Inicio");
			assertEquals(CellType.NUMERIC, start.getCellType());
			assertTrue(DateUtil.isCellDateFormatted(start), "a real Excel date");
			assertEquals(LocalDate.of(2025, 3, 1), start.getLocalDateTimeCellValue().toLocalDate());
			var cost = PlanFixtures.cell(sheet, 4, "Costo estimado (L)");
			assertEquals(CellType.NUMERIC, cost.getCellType());
			assertEquals(1250000.50, cost.getNumericCellValue(), 0.001);
			assertEquals(3, PlanFixtures.cell(sheet, 4, "Prioridad").getNumericCellValue(), 0);
			assertEquals("EJE3", PlanFixtures.cell(sheet, 4, "Eje").getStringCellValue());
			assertEquals("En proceso", PlanFixtures.cell(sheet, 4, "Estado").getStringCellValue());
			assertEquals("Mediano plazo", PlanFixtures.cell(sheet, 4, "Plazo").getStringCellValue());
			assertEquals("OF-02", PlanFixtures.cell(sheet, 2, "Oficinas").getStringCellValue());
			assertEquals(CellType.BLANK, PlanFixtures.cell(sheet, 2, "Costo estimado (L)").getCellType(),
					"no cost, no cell value");
		}
	}

	@Test
	void writesOnlyTheGivenColumnsInTheirOrder() throws Exception {
		byte[] bytes = export(List.of(ActionColumn.RESPONSIBLE, ActionColumn.CODE));
		try (XSSFWorkbook workbook = PlanFixtures.open(bytes)) {
			Row header = workbook.getSheetAt(0).getRow(0);
			assertEquals(2, header.getLastCellNum());
			assertEquals("Responsable", header.getCell(0).getStringCellValue());
			assertEquals("María López", workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
		}
	}

	@Test
	void aSheetReadBackUnchangedChangesNothing() throws Exception {
		ImportPreview preview = spreadsheets.preview(new ByteArrayInputStream(export(Arrays.asList(ActionColumn.values()))),
				plan);
		assertEquals(4, preview.rows().size());
		assertTrue(preview.errors().isEmpty(), preview.errors().toString());
		assertTrue(preview.rows().stream().allMatch(row -> row.change() == ImportRow.Change.UNCHANGED));
		assertEquals(List.of("Tipo de recurso", "Semáforo", "Criterio"), preview.ignoredColumns(), "derived columns are not read");
		assertFalse(preview.command(PlanFixtures.domain(PlanFixtures.workspace())).canExecute());
	}

	private byte[] export(List<ActionColumn> columns) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(plan.getActions(), columns, TODAY, out);
		return out.toByteArray();
	}
}
