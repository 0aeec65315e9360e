// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
import hn.siempleo.plan.io.SpreadsheetException;

/**
 * The questionnaire exported, filled in Excel (one row wrong) and imported back: a preview with per-row errors,
 * then one undoable command for the valid rows.
 */
class QuestionnaireRoundTripTest {

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
	void anUntouchedQuestionnaireChangesNothing() throws Exception {
		QuestionnairePreview preview = sheets.preview(new ByteArrayInputStream(export()), national);
		assertEquals(17, preview.rows().size());
		assertTrue(preview.errors().isEmpty(), () -> preview.errors().toString());
		assertTrue(preview.applicableRows().isEmpty(), () -> preview.applicableRows().toString());
		assertFalse(preview.command(shipped.model().editingDomain()).canExecute());
	}

	@Test
	void theValidRowsApplyAsOneUndoableStepAndTheBadRowIsReported() throws Exception {
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
			Sheet sheet = workbook.getSheet("Cuestionario");
			Row g3 = rowOf(sheet, "G3");
			g3.getCell(QuestionnaireColumn.SCORE.ordinal()).setCellValue(3);
			g3.getCell(QuestionnaireColumn.EVIDENCE.ordinal()).setCellValue("Fichas técnicas aprobadas en 2025");
			Row r4 = rowOf(sheet, "R4");
			r4.getCell(QuestionnaireColumn.SCORE.ordinal()).setCellValue("2 - En desarrollo");
			r4.getCell(QuestionnaireColumn.FINDING_KIND.ordinal()).setCellValue("fortaleza");
			r4.getCell(QuestionnaireColumn.RESOURCES.ordinal()).setCellValue("Presupuesto adicional");
			Row o1 = rowOf(sheet, "O1");
			o1.getCell(QuestionnaireColumn.SCORE.ordinal()).setCellValue(7);
			o1.getCell(QuestionnaireColumn.FINDING.ordinal()).setCellValue("No se aplica");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		QuestionnairePreview preview = sheets.preview(new ByteArrayInputStream(filled), national);
		assertEquals(1, preview.rejectedCount());
		RowError error = preview.errors().get(0);
		assertEquals(rowNumberOf("O1"), error.row());
		assertEquals("Puntaje (1-4)", error.column());
		assertEquals("El puntaje debe ser un número de 1 a 4 (se leyó «7»).", error.reason());
		assertEquals(List.of("G3", "R4"), preview.applicableRows().stream().map(QuestionnaireRow::code).toList());

		Assessment g3 = ShippedDiagnostic.assessment(national, "G3");
		Assessment r4 = ShippedDiagnostic.assessment(national, "R4");
		Assessment o1 = ShippedDiagnostic.assessment(national, "O1");
		String o1Finding = o1.getFinding();
		String g3Evidence = g3.getEvidence();
		Command command = preview.command(shipped.model().editingDomain());
		assertEquals("Importar el cuestionario de DX-2023-NAC desde Excel", command.getLabel());
		shipped.replay(command, () -> {
			assertEquals(MaturityLevel.INITIAL, g3.getScore());
			assertEquals(g3Evidence, g3.getEvidence());
			assertEquals(MaturityLevel.INITIAL, r4.getScore());
			assertEquals(FindingKind.UNSPECIFIED, r4.getFindingKind());
			assertEquals(ResourceType.OWN_MEANS, r4.getResourceNeed());
		}, () -> {
			assertEquals(MaturityLevel.ESTABLISHED, g3.getScore());
			assertEquals("Fichas técnicas aprobadas en 2025", g3.getEvidence());
			assertEquals(MaturityLevel.DEVELOPING, r4.getScore());
			assertEquals(FindingKind.STRENGTH, r4.getFindingKind());
			assertEquals(ResourceType.ADDITIONAL_BUDGET, r4.getResourceNeed());
			assertEquals(MaturityLevel.DEVELOPING, o1.getScore(), "the bad row is not applied");
			assertEquals(o1Finding, o1.getFinding());
		});
	}

	@Test
	void unknownCriteriaAndChoicesAreRowErrors() throws Exception {
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export()))) {
			Sheet sheet = workbook.getSheet("Cuestionario");
			rowOf(sheet, "A1").getCell(QuestionnaireColumn.CODE.ordinal()).setCellValue("X9");
			rowOf(sheet, "A2").getCell(QuestionnaireColumn.FINDING_KIND.ordinal()).setCellValue("Quizás");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			filled = out.toByteArray();
		}
		List<String> reasons = sheets.preview(new ByteArrayInputStream(filled), national).errors().stream()
				.map(RowError::reason).toList();
		assertEquals(List.of("El criterio «X9» no está en el diagnóstico DX-2023-NAC.", "Valor desconocido «Quizás»."),
				reasons);
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedAsAWhole() {
		assertThrows(SpreadsheetException.class, () -> sheets
				.preview(new ByteArrayInputStream("Código;Puntaje".getBytes(StandardCharsets.UTF_8)), national));
	}

	private byte[] export() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		sheets.export(national, out);
		return out.toByteArray();
	}

	private int rowNumberOf(String code) {
		int index = national.getAssessments().indexOf(ShippedDiagnostic.assessment(national, code));
		return index + 2;
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
