// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.results.fixtures.ResultsFixtures;

/** Export one row per indicator, office and period; re-import with one bad row; one undoable command. */
class MeasurementSpreadsheetsTest {

	@TempDir
	Path folder;

	@Test
	void exportsThenReimportsAChangedValueAndReportsTheBadRow() throws Exception {
		Resource resource = ResultsFixtures.shipped(folder);
		Workspace w = (Workspace) resource.getContents().get(0);
		Indicator ind = IndicatorResults.byCode(w, "IND-02");
		Office office = w.getOffices().get(2); // OF-03 Choloma
		Period t3 = Period.parse("2024-T3");
		double before = IndicatorResults.actual(ind, t3, office);
		double nationalBefore = IndicatorResults.actual(ind, t3, null);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MeasurementSpreadsheets.export(w, out);
		byte[] edited;
		int badRow;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertEquals(MeasurementSpreadsheets.HEADERS.get(0), sheet.getRow(0).getCell(0).getStringCellValue());
			int rows = 0;
			Row changed = null;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && "IND-02".equals(row.getCell(0).getStringCellValue())
						&& "2024-T3".equals(row.getCell(4).getStringCellValue())
						&& row.getCell(5) != null && office.getCode().equals(row.getCell(5).getStringCellValue())) {
					changed = row;
				}
				rows++;
			}
			assertTrue(rows > 500, "one row per indicator, office and period: " + rows);
			changed.getCell(8).setCellValue(before + 10);
			Row bad = sheet.createRow(sheet.getLastRowNum() + 1);
			bad.createCell(0).setCellValue("IND-02");
			bad.createCell(4).setCellValue("2024-T3");
			bad.createCell(5).setCellValue("OF-99");
			bad.createCell(8).setCellValue(5);
			badRow = bad.getRowNum() + 1;
			ByteArrayOutputStream again = new ByteArrayOutputStream();
			book.write(again);
			edited = again.toByteArray();
		}

		MeasurementImport preview = MeasurementSpreadsheets.preview(w, new ByteArrayInputStream(edited));
		assertEquals(1, preview.errors().size(), preview.errors()::toString);
		assertEquals(badRow, preview.errors().get(0).rowNumber());
		assertEquals(new RowError(badRow, "Código de oficina", "no hay ninguna oficina con el código «OF-99»"),
				preview.errors().get(0).error());
		assertEquals(1, preview.changes().size(), "only the changed value: " + preview.changes());
		assertEquals(before, preview.changes().get(0).previous());
		assertEquals(before, IndicatorResults.actual(ind, t3, office), "nothing changes before apply");

		EditingDomain domain = ResultsFixtures.domain(resource);
		domain.getCommandStack().execute(preview.command(domain, LocalDate.of(2024, 10, 10), "Prueba"));
		assertEquals(before + 10, IndicatorResults.actual(ind, t3, office));
		assertEquals(nationalBefore + 10, IndicatorResults.actual(ind, t3, null), 1e-9);
		domain.getCommandStack().undo();
		assertEquals(before, IndicatorResults.actual(ind, t3, office));
		assertTrue(domain.getCommandStack().getUndoCommand() == null, "one command for the import");
	}

	@ParameterizedTest(name = "{0} = «{1}» → {2}")
	@CsvSource(delimiter = '|', value = {
			"8 | -5     | VALOR             | el valor -5 es negativo: el indicador no admite valores negativos",
			"8 | mucho  | VALOR             | «mucho» no es un número",
			"5 | OF-99  | CÓDIGO DE OFICINA | no hay ninguna oficina con el código «OF-99»",
			"0 | IND-99 | CÓDIGO DEL INDICADOR | no hay ningún indicador con el código «IND-99»",
			"4 | 2024-05 | PERIODO          | el periodo 2024-05 no corresponde a la periodicidad trimestral del indicador" })
	void aRefusedRowNamesItsColumnAsTheFileWritesItsHeader(int column, String value, String header, String reason)
			throws Exception {
		Resource resource = ResultsFixtures.shipped(folder);
		Workspace w = (Workspace) resource.getContents().get(0);
		Office office = w.getOffices().get(2); // OF-03 Choloma
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		MeasurementSpreadsheets.export(w, out);
		byte[] edited;
		int number = 0;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			sheet.getRow(0).getCell(column).setCellValue(header);
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && "IND-02".equals(row.getCell(0).getStringCellValue())
						&& "2024-T3".equals(row.getCell(4).getStringCellValue())
						&& row.getCell(5) != null && office.getCode().equals(row.getCell(5).getStringCellValue())) {
					row.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
					number = row.getRowNum() + 1;
				}
			}
			ByteArrayOutputStream again = new ByteArrayOutputStream();
			book.write(again);
			edited = again.toByteArray();
		}
		MeasurementImport preview = MeasurementSpreadsheets.preview(w, new ByteArrayInputStream(edited));
		assertEquals(List.of(new RowError(number, header, reason)), preview.errors().stream().map(ImportRow::error).toList());
	}

	@Test
	void refusesWhatIsNotAWorkbookAndASheetWithoutItsColumns() throws Exception {
		Workspace w = ResultsFixtures.small();
		assertThrows(ResultsSpreadsheetException.class,
				() -> MeasurementSpreadsheets.preview(w, new ByteArrayInputStream("hola".getBytes())));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			book.createSheet().createRow(0).createCell(0).setCellValue("Otra cosa");
			book.write(out);
		}
		ResultsSpreadsheetException e = assertThrows(ResultsSpreadsheetException.class,
				() -> MeasurementSpreadsheets.preview(w, new ByteArrayInputStream(out.toByteArray())));
		assertTrue(e.getMessage().contains(MeasurementSpreadsheets.HEADERS.get(0)), e.getMessage());
		assertNull(null);
	}
}
