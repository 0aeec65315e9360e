// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Action;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/**
 * Exportar a Excel writes what the grid shows; Importar de Excel previews a workbook with one bad row,
 * rejects that row with its reason and applies the rest as one command, undone in one step.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExcelRoundTripTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();

	@TempDir
	Path folder;

	@Test
	void theFilteredViewIsExportedWithItsShownColumns() throws Exception {
		NatTableDriver grid = workbench.tracker();
		grid.typeInFilterRow("Eje", "EJE3");
		ui.waitUntil("las 20 acciones del eje 3", () -> grid.rowCount() == 20);
		grid.hideColumn("Tipo de recurso");
		List<String> shown = grid.columnHeaders();
		assertTrue(!shown.contains("Tipo de recurso"));
		Path file = export();
		grid.showAllColumns();
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Acciones");
			assertEquals(20, sheet.getLastRowNum());
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertEquals(shown, headers);
			Cell due = sheet.getRow(1).getCell(headers.indexOf("Fecha límite"));
			assertTrue(due.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(due), "a real date");
			for (int r = 1; r <= 20; r++) {
				assertEquals("EJE3", sheet.getRow(r).getCell(headers.indexOf("Eje")).getStringCellValue());
			}
		}
	}

	@Test
	void aBadRowIsRejectedWithItsReasonAndTheRestAppliesAsOneCommand() throws Exception {
		workbench.tracker();
		Path file = export();
		int badRow;
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheet("Acciones");
			List<String> headers = new ArrayList<>();
			sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			Row first = row(sheet, headers, "AC-01");
			first.getCell(headers.indexOf("Prioridad")).setCellValue(7);
			badRow = first.getRowNum() + 1;
			Row second = row(sheet, headers, "AC-02");
			int owner = headers.indexOf("Responsable");
			Cell old = second.getCell(owner);
			if (old != null) {
				second.removeCell(old);
			}
			second.createCell(owner).setCellValue("Responsable importado");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		Action first = workbench.action("AC-01");
		Action second = workbench.action("AC-02");
		int priority = ui.call(first::getPriority);
		String owner = ui.call(second::getResponsiblePerson);

		workbench.execute(PlanUiIds.COMMAND_IMPORT, Map.of(PlanUiIds.FILE_PARAMETER, file.toString()));
		ShellDriver dialog = ui.shell("Importar acciones desde Excel");
		String summary = dialog.label("import.summary").text();
		assertTrue(summary.contains("Actualizadas: 1.") && summary.contains("Filas rechazadas: 1."), summary);
		List<List<String>> lines = lines(dialog.byId(Table.class, "import.rows"));
		assertTrue(lines.contains(List.of(Integer.toString(badRow), "AC-01", "Rechazada", "Prioridad",
				"La prioridad debe ser 1, 2, 3 o 4 (se leyó «7»).")), lines.toString());
		assertTrue(lines.stream().anyMatch(line -> line.get(1).equals("AC-02") && line.get(2).equals("Actualización")
				&& line.get(3).equals("Responsable")), lines.toString());
		Table rows = dialog.byId(Table.class, "import.rows");
		assertTrue(ui.call(() -> java.util.Arrays.stream(rows.getItems()).allMatch(item -> "Rechazada".equals(item.getText(2))
				== item.getForeground().equals(rows.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_DARK_RED)))),
				"refused lines, and only they, in dark red");
		ScreenshotOnFailure.captureShell(dialog.widget(), "importar-vista-previa.png"); // docs: the import preview
		dialog.buttonById("import.apply").click();
		ui.waitUntilClosed(dialog);

		ui.waitUntil("la fila válida aplicada", () -> "Responsable importado".equals(second.getResponsiblePerson()));
		assertEquals(priority, (int) ui.call(first::getPriority), "the rejected row changes nothing");
		assertEquals("Deshacer Importar acciones desde Excel", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("todo deshecho de una vez", () -> Objects.equals(owner, second.getResponsiblePerson()));
	}

	@Test
	void aFileThatIsNotAWorkbookIsRefusedWithAMessage() throws Exception {
		workbench.tracker();
		Path file = folder.resolve("no-es-excel.xlsx");
		Files.writeString(file, "Código;Título\nAC-01;algo\n");
		workbench.execute(PlanUiIds.COMMAND_IMPORT, Map.of(PlanUiIds.FILE_PARAMETER, file.toString()));
		ShellDriver error = ui.shell("Importar acciones de Excel");
		assertTrue(error.labelContaining("no es un libro de Excel (.xlsx) válido").text().contains("no-es-excel.xlsx"));
		error.close();
		ui.waitUntilClosed(error);
	}

	private Path export() {
		Path file = folder.resolve("acciones-" + System.nanoTime() + ".xlsx");
		workbench.execute(PlanUiIds.COMMAND_EXPORT, Map.of(PlanUiIds.FILE_PARAMETER, file.toString()));
		ui.waitUntil("el archivo exportado", () -> Files.isRegularFile(file));
		return file;
	}

	private static Row row(Sheet sheet, List<String> headers, String code) {
		int column = headers.indexOf("Código");
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (row.getRowNum() > 0 && cell != null && code.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + code);
	}

	private List<List<String>> lines(Table table) {
		return ui.call(() -> {
			List<List<String>> lines = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				List<String> line = new ArrayList<>();
				for (int c = 0; c < table.getColumnCount(); c++) {
					line.add(item.getText(c));
				}
				lines.add(line);
			}
			return lines;
		});
	}
}
