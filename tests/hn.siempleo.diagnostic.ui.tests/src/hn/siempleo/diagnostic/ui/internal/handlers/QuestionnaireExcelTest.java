// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.ui.DiagnosticUiIds;
import hn.siempleo.diagnostic.ui.fixtures.DiagnosticWorkbench;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/**
 * The questionnaire exported from the Diagnóstico menu, filled in Excel by an office (one row wrong) and imported:
 * the preview lists every row with its changes or errors, Aplicar applies the valid rows as one undoable step.
 */
@ExtendWith(ScreenshotOnFailure.class)
class QuestionnaireExcelTest {

	@TempDir
	Path folder;

	private final DiagnosticWorkbench workbench = DiagnosticWorkbench.start();
	private final UiKit ui = workbench.ui();
	private Diagnostic national;

	@AfterEach
	void leaveTheModelAsFound() {
		workbench.undoEverything();
	}

	@BeforeEach
	void openTheShippedDiagnostic() {
		national = workbench.national();
		workbench.openFromExplorer(national);
	}

	@Test
	void aFilledQuestionnaireIsPreviewedAndItsValidRowsAppliedAsOneStep() throws Exception {
		Path file = folder.resolve("cuestionario.xlsx");
		workbench.execute(DiagnosticUiIds.COMMAND_EXPORT, Map.of(DiagnosticUiIds.FILE_PARAMETER, file.toString()));
		ui.waitUntil("el cuestionario escrito", () -> Files.exists(file));
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Cuestionario");
			assertEquals(18, sheet.getPhysicalNumberOfRows(), "a header and the 17 criteria");
			row(sheet, "R3").getCell(4).setCellValue(3);
			row(sheet, "O2").getCell(4).setCellValue("cinco");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		workbench.execute(DiagnosticUiIds.COMMAND_IMPORT, Map.of(DiagnosticUiIds.FILE_PARAMETER, file.toString()));
		ShellDriver preview = ui.shell("Importar cuestionario");
		String summary = preview.label("import.summary").text();
		assertTrue(summary.contains("Se aplicarán 1 filas; 1 filas tienen errores"), "the summary sums the rows up: " + summary);
		Table rows = preview.byId(Table.class, "preview.rows");
		List<String> results = ui.call(() -> List.of(rows.getItems()).stream().map(i -> i.getText(1) + ": " + i.getText(2))
				.toList());
		assertTrue(results.contains("R3: Cambia: Puntaje (1-4)"), results.toString());
		assertTrue(results.contains("O2: El puntaje debe ser un número de 1 a 4 (se leyó «cinco»)."), results.toString());
		preview.button("Aplicar").click();
		ui.waitUntilClosed(preview);

		Assessment r3 = workbench.assessment(national, "R3");
		Assessment o2 = workbench.assessment(national, "O2");
		ui.waitUntil("R3 importado", () -> r3.getScore() == MaturityLevel.ESTABLISHED);
		assertEquals(MaturityLevel.INITIAL, ui.call(o2::getScore), "the wrong row is not applied");
		assertEquals("Deshacer Importar el cuestionario de DX-2023-NAC desde Excel", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("deshecho", () -> r3.getScore() == MaturityLevel.INITIAL);
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			if (row.getCell(1) != null && code.equals(row.getCell(1).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError(code);
	}
}
