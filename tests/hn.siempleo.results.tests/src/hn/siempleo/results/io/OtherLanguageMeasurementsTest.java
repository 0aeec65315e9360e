// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * A measurements workbook exported by a workbench running in English (sheet "Measurements", English headers,
 * origins "measured" and "computed") is read by this one, which runs in Spanish, with its errors in Spanish; and
 * English origins in a Spanish workbook. The English workbook is the Spanish export with its sheet, header row
 * and origins as the English export writes them.
 */
class OtherLanguageMeasurementsTest {

	/** The English export's header row, every column in order. */
	private static final List<String> ENGLISH_HEADERS = List.of("Indicator code", "Indicator", "Service", "Unit",
			"Period", "Office code", "Office", "Target", "Value", "Origin", "Weight", "Source", "Recorded by");

	@TempDir
	Path folder;
	private Resource resource;
	private Workspace workspace;
	private Indicator indicator;
	private Office office;
	private final Period t3 = Period.parse("2024-T3");

	@BeforeEach
	void open() throws Exception {
		resource = ResultsFixtures.shipped(folder);
		workspace = (Workspace) resource.getContents().get(0);
		indicator = IndicatorResults.byCode(workspace, "IND-02");
		office = workspace.getOffices().get(2); // OF-03 Choloma
	}

	@Test
	void everyHeaderOfEitherLanguageNamesItsOwnColumn() {
		Map<String, Integer> columns = MeasurementSpreadsheets.columnsByHeader();
		for (int c = 0; c < MeasurementSpreadsheets.HEADERS.size(); c++) {
			List<String> headers = Messages.inEveryLanguage(Messages.COLUMN_KEYS.get(c));
			assertEquals(List.of(MeasurementSpreadsheets.HEADERS.get(c), ENGLISH_HEADERS.get(c)), headers);
			for (String header : headers) {
				assertEquals(c, columns.get(header.toLowerCase(java.util.Locale.ROOT)), header);
			}
		}
		assertEquals(Map.of("medido", false, "calculado", true, "measured", false, "computed", true),
				MeasurementSpreadsheets.computedByOrigin());
	}

	@Test
	void anEnglishWorkbookIsReadByTheSpanishWorkbench() throws Exception {
		double before = IndicatorResults.actual(indicator, t3, office);
		double nationalBefore = IndicatorResults.actual(indicator, t3, null);
		byte[] english = workbook(true, sheet -> rowOf(sheet, "IND-02", "2024-T3", office.getCode()).getCell(8)
				.setCellValue(before + 10));

		MeasurementImport preview = MeasurementSpreadsheets.preview(workspace, new ByteArrayInputStream(english));
		assertTrue(preview.errors().isEmpty(), preview.errors()::toString);
		assertEquals(1, preview.changes().size(), "only the changed value, computed rows left out: " + preview.changes());
		assertEquals(before, preview.changes().get(0).previous());

		EditingDomain domain = ResultsFixtures.domain(resource);
		domain.getCommandStack().execute(preview.command(domain, LocalDate.of(2024, 10, 10), "Prueba"));
		assertEquals(before + 10, IndicatorResults.actual(indicator, t3, office));
		assertEquals(nationalBefore + 10, IndicatorResults.actual(indicator, t3, null), 1e-9,
				"the national value is still computed from the offices");
	}

	@ParameterizedTest(name = "{0} = «{1}» → {2}")
	@CsvSource(delimiter = '|', value = {
			"Office code    | OF-99   | no hay ninguna oficina con el código «OF-99»",
			"Value          | n/a     | «n/a» no es un número",
			"Indicator code | IND-99  | no hay ningún indicador con el código «IND-99»" })
	void aBadCellOfAnEnglishWorkbookNamesItsRowAndEnglishColumnInTheUsersLanguage(String header, String value,
			String reason)
			throws Exception {
		int[] number = new int[1];
		byte[] english = workbook(true, sheet -> {
			Row row = rowOf(sheet, "IND-02", "2024-T3", office.getCode());
			row.getCell(ENGLISH_HEADERS.indexOf(header), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value);
			number[0] = row.getRowNum() + 1;
		});
		MeasurementImport preview = MeasurementSpreadsheets.preview(workspace, new ByteArrayInputStream(english));
		assertEquals(List.of(number[0]), preview.errors().stream().map(ImportRow::rowNumber).toList());
		assertEquals(new RowError(number[0], header, reason), preview.errors().get(0).error(),
				"the column as the workbook writes its header");
	}

	@Test
	void englishOriginsInASpanishWorkbook() throws Exception {
		byte[] spanish = workbook(false, sheet -> {
			for (Row row : sheet) {
				Cell origin = row.getCell(9);
				if (row.getRowNum() > 0 && origin != null && origin.getStringCellValue().equals("calculado")) {
					origin.setCellValue("Computed");
				}
			}
		});
		MeasurementImport preview = MeasurementSpreadsheets.preview(workspace, new ByteArrayInputStream(spanish));
		assertTrue(preview.errors().isEmpty(), preview.errors()::toString);
		assertEquals(0, preview.changes().size(), "computed national values are left out, whatever their language");
	}

	/** The Spanish export, edited; in English, its sheet, headers and origins as the English export writes them. */
	private byte[] workbook(boolean english, Consumer<Sheet> edit) throws Exception {
		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		MeasurementSpreadsheets.export(workspace, exported);
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			if (english) {
				book.setSheetName(0, "Measurements");
				for (int c = 0; c < ENGLISH_HEADERS.size(); c++) {
					sheet.getRow(0).getCell(c).setCellValue(ENGLISH_HEADERS.get(c));
				}
				for (Row row : sheet) {
					Cell origin = row.getCell(9);
					if (row.getRowNum() > 0 && origin != null) {
						origin.setCellValue(switch (origin.getStringCellValue()) {
							case "medido" -> "measured";
							case "calculado" -> "computed";
							default -> origin.getStringCellValue();
						});
					}
				}
			}
			edit.accept(sheet);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			book.write(out);
			return out.toByteArray();
		}
	}

	private static Row rowOf(Sheet sheet, String code, String period, String officeCode) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())
					&& period.equals(row.getCell(4).getStringCellValue()) && row.getCell(5) != null
					&& officeCode.equals(row.getCell(5).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(code + " " + period + " " + officeCode);
	}
}
