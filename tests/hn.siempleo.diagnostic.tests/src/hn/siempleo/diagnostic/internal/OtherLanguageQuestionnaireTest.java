// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import hn.siempleo.diagnostic.QuestionnaireColumn;
import hn.siempleo.diagnostic.QuestionnairePreview;
import hn.siempleo.diagnostic.QuestionnaireRow;
import hn.siempleo.diagnostic.QuestionnaireSpreadsheets;
import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.ResourceType;
import hn.siempleo.plan.io.RowError;

/**
 * A questionnaire filled where the workbench runs in English (English headers and choices, its sheets as the
 * English export names them) is read by this one, which runs in Spanish, with its errors in Spanish; and English
 * choices in a Spanish questionnaire. The English workbook is the Spanish export with its header row and sheets
 * renamed as the English export writes them. (Choices such as "Strength" or "Own means" were read before by
 * their code name, STRENGTH, OWN_MEANS; English headers but the ids were not, so their columns were ignored.)
 */
class OtherLanguageQuestionnaireTest {

	/** The English export's header row, every column in order. */
	private static final List<String> ENGLISH_HEADERS = List.of("Dimension", "Code", "Criterion", "Levels",
			"Score (1-4)", "Finding kind", "Evidence", "Finding", "Recommendation", "Resources needed");

	@TempDir
	Path folder;
	private ShippedDiagnostic shipped;
	private Diagnostic national;
	private QuestionnaireSpreadsheets sheets;

	@BeforeEach
	void open() throws Exception {
		shipped = ShippedDiagnostic.open(folder);
		national = shipped.national();
		sheets = ShippedDiagnostic.service(QuestionnaireSpreadsheets.class);
	}

	@Test
	void everyColumnHasItsHeaderInSpanishThenEnglish() {
		assertEquals(List.of("Puntaje (1-4)", "Score (1-4)"), QuestionnaireColumn.SCORE.headers());
		assertEquals(List.of("Tipo de hallazgo", "Finding kind"), QuestionnaireColumn.FINDING_KIND.headers());
		assertEquals(List.of("Recursos necesarios", "Resources needed"), QuestionnaireColumn.RESOURCES.headers());
		Map<String, QuestionnaireColumn> columns = QuestionnaireReader.columnsByHeader();
		for (QuestionnaireColumn column : QuestionnaireColumn.values()) {
			assertEquals(2, column.headers().size(), column.name());
			assertEquals(column.header(), column.headers().get(0), "the workbench's own header, " + column.name());
			assertEquals(ENGLISH_HEADERS.get(column.ordinal()), column.headers().get(1), column.name());
			for (String header : column.headers()) {
				assertEquals(column, columns.get(QuestionnaireReader.key(header)), header);
			}
			assertEquals(column, columns.get(column.id()), column.id());
		}
	}

	@Test
	void anEnglishQuestionnaireIsReadByTheSpanishWorkbench() throws Exception {
		byte[] filled = filled(true, sheet -> {
			Row g3 = rowOf(sheet, "G3");
			g3.getCell(QuestionnaireColumn.SCORE.ordinal()).setCellValue(3);
			g3.getCell(QuestionnaireColumn.FINDING_KIND.ordinal()).setCellValue("Gap");
			g3.getCell(QuestionnaireColumn.RESOURCES.ordinal()).setCellValue("Additional budget");
			g3.getCell(QuestionnaireColumn.EVIDENCE.ordinal()).setCellValue("Approved technical sheets, 2025");
			Row r4 = rowOf(sheet, "R4");
			r4.getCell(QuestionnaireColumn.SCORE.ordinal()).setCellValue("Established");
			r4.getCell(QuestionnaireColumn.FINDING_KIND.ordinal()).setCellValue("strength");
		});
		QuestionnairePreview preview = sheets.preview(new ByteArrayInputStream(filled), national);
		assertTrue(preview.errors().isEmpty(), () -> preview.errors().toString());
		assertEquals(List.of("G3", "R4"), preview.applicableRows().stream().map(QuestionnaireRow::code).toList());

		Assessment g3 = ShippedDiagnostic.assessment(national, "G3");
		Assessment r4 = ShippedDiagnostic.assessment(national, "R4");
		shipped.model().editingDomain().getCommandStack().execute(preview.command(shipped.model().editingDomain()));
		assertEquals(MaturityLevel.ESTABLISHED, g3.getScore());
		assertEquals(FindingKind.GAP, g3.getFindingKind());
		assertEquals(ResourceType.ADDITIONAL_BUDGET, g3.getResourceNeed());
		assertEquals("Approved technical sheets, 2025", g3.getEvidence());
		assertEquals(MaturityLevel.ESTABLISHED, r4.getScore());
		assertEquals(FindingKind.STRENGTH, r4.getFindingKind());
	}

	@ParameterizedTest(name = "{0} = «{1}» → {2}")
	@CsvSource(delimiter = '|', value = {
			"Score (1-4)      | 9        | El puntaje debe ser un número de 1 a 4 (se leyó «9»).",
			"Score (1-4)      | Advanced | El puntaje debe ser un número de 1 a 4 (se leyó «Advanced»).",
			"Finding kind     | Weakness | Valor desconocido «Weakness».",
			"Resources needed | Loans    | Valor desconocido «Loans»." })
	void aBadCellOfAnEnglishQuestionnaireNamesItsRowAndColumnInTheUsersLanguage(String header, String value,
			String reason) throws Exception {
		byte[] filled = filled(true,
				sheet -> rowOf(sheet, "O1").getCell(ENGLISH_HEADERS.indexOf(header)).setCellValue(value));
		QuestionnairePreview preview = sheets.preview(new ByteArrayInputStream(filled), national);
		assertEquals(List.of(new RowError(rowNumberOf("O1"), header, reason)), preview.errors());
	}

	@Test
	void aChoiceByItsEnglishNameInASpanishQuestionnaire() throws Exception {
		byte[] filled = filled(false, sheet -> rowOf(sheet, "A1").getCell(QuestionnaireColumn.FINDING_KIND.ordinal())
				.setCellValue("By the score"));
		QuestionnairePreview preview = sheets.preview(new ByteArrayInputStream(filled), national);
		assertTrue(preview.errors().isEmpty(), () -> preview.errors().toString());
		QuestionnaireRow a1 = preview.rows().stream().filter(row -> row.code().equals("A1")).findFirst().orElseThrow();
		assertEquals(FindingKind.UNSPECIFIED, a1.values().get(QuestionnaireColumn.FINDING_KIND));
	}

	/** The Spanish export, edited; in English, its headers and sheets as the English export writes them. */
	private byte[] filled(boolean english, Consumer<Sheet> edit) throws Exception {
		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		sheets.export(national, exported);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported.toByteArray()))) {
			Sheet sheet = workbook.getSheet("Cuestionario");
			if (english) {
				for (int c = 0; c < ENGLISH_HEADERS.size(); c++) {
					sheet.getRow(0).getCell(c).setCellValue(ENGLISH_HEADERS.get(c));
				}
				workbook.setSheetName(workbook.getSheetIndex("Diagnóstico"), "Diagnostic");
			}
			edit.accept(sheet);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private int rowNumberOf(String code) {
		return national.getAssessments().indexOf(ShippedDiagnostic.assessment(national, code)) + 2;
	}

	private static Row rowOf(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(QuestionnaireColumn.CODE.ordinal()) != null
					&& code.equals(row.getCell(QuestionnaireColumn.CODE.ordinal()).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(code);
	}
}
