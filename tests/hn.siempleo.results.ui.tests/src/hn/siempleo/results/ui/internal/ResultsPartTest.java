// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.TableCursor;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.model.text.Formats;
import hn.siempleo.results.ResultLight;
import hn.siempleo.results.ResultsSummary;
import hn.siempleo.results.ui.ResultsUiIds;
import hn.siempleo.tests.uikit.Finder;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TableDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * Resultados over the shipped data set: a value typed for one office moves the national figure and the Inicio
 * dashboard, and Deshacer puts both back; the measurements go to Excel and come back with one bad row refused.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ResultsPartTest {

	private static final Period T4 = Period.parse("2024-T4");

	@TempDir
	Path folder;

	private final UiKit ui = UiKit.forWorkbench();
	private final ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));

	@Test
	void anOfficesValueMovesTheNationalFigureAndTheDashboardAndUndoPutsThemBack() throws Exception {
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		show(WorkbenchIds.VIEW_INICIO);
		show(ResultsUiIds.VIEW_RESULTS);
		Indicator placed = ui.call(() -> IndicatorResults.byCode(workspace(), "IND-02"));
		Office central = ui.call(() -> workspace().getOffices().get(0));
		double before = ui.call(() -> IndicatorResults.actual(placed, T4, null));
		double officeBefore = ui.call(() -> IndicatorResults.actual(placed, T4, central));
		ResultLight lightBefore = ui.call(() -> IndicatorResults.cell(placed, T4, null).light());
		// a value that changes the semáforo of IND-02 in 2024-T4, its latest measured period
		double typed = lightBefore == ResultLight.ON_TARGET ? 0 : 99999;
		int onTargetBefore = ui.call(() -> ResultsSummary.of(workspace(), ModelClock.today(workspace())).count(ResultLight.ON_TARGET));
		ShellDriver window = ui.workbenchShell();
		show(WorkbenchIds.VIEW_INICIO);
		assertEquals(Integer.toString(onTargetBefore), window.label("inicio.results.on").text());
		show(ResultsUiIds.VIEW_RESULTS);

		TableDriver indicators = window.table(ResultsUiIds.INDICATORS);
		indicators.select("IND-02");
		ui.waitUntil("la ficha de IND-02", () -> window.label("results.title").text().startsWith("IND-02"));
		TableCursor cursor = window.byId(TableCursor.class, OfficeEntryGrid.CURSOR);
		ui.run(() -> {
			Table grid = (Table) cursor.getParent();
			grid.setSelection(1); // row 0 is the national figure; row 1 the first office
			cursor.setSelection(1, 4); // column 4: the fourth quarter
			cursor.setFocus();
			Event key = new Event();
			key.character = '9';
			cursor.notifyListeners(SWT.KeyDown, key);
		});
		Text opened = window.byId(Text.class, OfficeEntryGrid.EDITOR);
		ui.waitUntil("la celda abierta con lo escrito", () -> "9".equals(openEditorText(window)));
		// an edit elsewhere (here another indicator's definition; in a shared plan, another office's change) refreshes
		// the view while the planner types: the cell stays open with what was typed
		Indicator other = ui.call(() -> IndicatorResults.byCode(workspace(), "IND-05"));
		ui.run(() -> session.current().editingDomain().getCommandStack().execute(SetCommand.create(
				session.current().editingDomain(), other, SiempleoPackage.Literals.INDICATOR__DEFINITION, "otra definición")));
		ui.waitUntil("la vista recalculada", () -> opened.isDisposed());
		ui.waitUntil("la celda abierta de nuevo con lo escrito", () -> "9".equals(openEditorText(window)));
		ui.run(() -> {
			// found and typed into in one go: a later refresh may replace the editor again
			Text editor = openEditor(window);
			editor.setText(Formats.number(typed).replace(",", ""));
			Event enter = new Event();
			enter.character = SWT.CR;
			editor.notifyListeners(SWT.KeyDown, enter);
		});
		double expected = before - officeBefore + typed;
		ui.waitUntil("el total nacional con el nuevo valor de la oficina",
				() -> Math.abs(IndicatorResults.actual(placed, T4, null) - expected) < 1e-6);
		ui.waitUntil("la celda nacional de T4 2024 en la tabla", () -> indicators.cell(row(indicators, "IND-02"), 6)
				.startsWith(Formats.number(expected) + " / "));
		int onTargetAfter = ui.call(() -> ResultsSummary.of(workspace(), ModelClock.today(workspace())).count(ResultLight.ON_TARGET));
		assertNotEquals(onTargetBefore, onTargetAfter, "the semáforo of IND-02 changed");
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/resultados.png");
		Files.createDirectories(shot.getParent());
		zoom(); // the view maximised, as a planner reads it at 1366×768
		ScreenshotOnFailure.capture(shot);
		zoom();
		show(WorkbenchIds.VIEW_INICIO);
		ui.waitUntil("Inicio cuenta " + onTargetAfter + " indicadores en meta",
				() -> window.hasId("inicio.results.on")
						&& window.label("inicio.results.on").text().equals(Integer.toString(onTargetAfter)));
		Path dashboard = ScreenshotOnFailure.outputFolder().resolve("screenshots/inicio-resultados.png");
		ScreenshotOnFailure.capture(dashboard);

		String undo = window.menuTexts("Editar").stream().filter(t -> t.startsWith("Deshacer")).findFirst().orElseThrow();
		assertTrue(undo.contains("IND-02"), undo);
		window.menu("Editar", undo);
		ui.waitUntil("el total nacional de antes", () -> IndicatorResults.actual(placed, T4, null) == before);
		ui.waitUntil("Inicio vuelve a " + onTargetBefore, () -> window.hasId("inicio.results.on")
				&& window.label("inicio.results.on").text().equals(Integer.toString(onTargetBefore)));
		ui.run(() -> session.current().editingDomain().getCommandStack().undo()); // the other definition
		assertNotEquals("otra definición", ui.call(other::getDefinition));
	}

	@Test
	void measurementsGoToExcelAndComeBackWithTheBadRowRefused() throws Exception {
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		show(ResultsUiIds.VIEW_RESULTS);
		Path file = folder.resolve("mediciones.xlsx");
		execute(ResultsUiIds.COMMAND_EXPORT, Map.of(ResultsUiIds.FILE_PARAMETER, file.toString()));
		ui.waitUntil("el libro exportado", () -> Files.exists(file));
		Indicator vacancies = ui.call(() -> IndicatorResults.byCode(workspace(), "IND-05"));
		Office second = ui.call(() -> workspace().getOffices().get(1));
		Period t2 = Period.parse("2024-T2");
		double before = ui.call(() -> IndicatorResults.actual(vacancies, t2, second));
		String badRow;
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
			Sheet sheet = book.getSheetAt(0);
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && "IND-05".equals(row.getCell(0).getStringCellValue())
						&& "2024-T2".equals(row.getCell(4).getStringCellValue()) && row.getCell(5) != null
						&& second.getCode().equals(row.getCell(5).getStringCellValue())) {
					row.getCell(8).setCellValue(before + 25);
				}
			}
			Row bad = sheet.createRow(sheet.getLastRowNum() + 1);
			badRow = Integer.toString(bad.getRowNum() + 1);
			bad.createCell(0).setCellValue("IND-05");
			bad.createCell(4).setCellValue("2024-05");
			bad.createCell(5).setCellValue(second.getCode());
			bad.createCell(8).setCellValue(12);
			try (OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
		execute(ResultsUiIds.COMMAND_IMPORT, Map.of(ResultsUiIds.FILE_PARAMETER, file.toString()));
		ShellDriver preview = ui.shell("Importar mediciones desde Excel");
		TableDriver rows = preview.table(MeasurementPreview.ROWS);
		assertEquals(2, rows.rowCount());
		assertEquals("Periodo", rows.cell(badRow, "Columna"), "the refused row names its column as the file writes it");
		String reason = rows.cell(badRow, "Error");
		assertTrue(reason.contains("periodicidad trimestral"), reason);
		preview.button("Importar 1 mediciones").click();
		ui.waitUntilClosed(preview);
		ui.waitUntil("el valor importado", () -> IndicatorResults.actual(vacancies, t2, second) == before + 25);
		ShellDriver window = ui.workbenchShell();
		String undo = window.menuTexts("Editar").stream().filter(t -> t.startsWith("Deshacer")).findFirst().orElseThrow();
		window.menu("Editar", undo);
		ui.waitUntil("el valor de antes", () -> IndicatorResults.actual(vacancies, t2, second) == before);
	}

	@Test
	void onALaptopInTheDefaultLayoutTheFiguresAreWholeAndTheChartKeepsItsHeight() {
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		Rectangle before = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds());
		ui.run(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1366, 768 - 40); // the screen less a task bar
		});
		try {
			show(ResultsUiIds.VIEW_RESULTS);
			ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().resetPerspective());
			show(ResultsUiIds.VIEW_RESULTS);
			ShellDriver window = ui.workbenchShell();
			window.table(ResultsUiIds.INDICATORS).select("IND-02");
			ui.waitUntil("la ficha de IND-02", () -> window.label("results.title").text().startsWith("IND-02"));
			Table indicators = window.byId(Table.class, ResultsUiIds.INDICATORS);
			Table offices = window.byId(Table.class, ResultsUiIds.OFFICES);
			Canvas trend = window.byId(Canvas.class, ResultsUiIds.TREND);
			Label heading = window.byId(Label.class, "results.actions.title");
			List<String> problems = ui.call(() -> {
				indicators.getShell().layout(true, true);
				while (indicators.getDisplay().readAndDispatch()) {
					// let the layouts settle
				}
				List<String> found = new ArrayList<>();
				if (indicators.getParent().getSize().y > 480) {
					found.add("the view is " + indicators.getParent().getSize().y + " px tall, not a laptop's");
				}
				// the period columns of the indicators (3 to the one before the trend) and of the offices (1 on)
				cut(indicators, 3, indicators.getColumnCount() - 1, found);
				cut(offices, 1, offices.getColumnCount(), found);
				if (trend.getSize().y < 90) {
					found.add("the trend chart is " + trend.getSize().y + " px tall");
				}
				int headingEnd = heading.getBounds().x + heading.getBounds().width;
				if (headingEnd > heading.getParent().getClientArea().width) {
					found.add("the linked actions' heading ends at " + headingEnd + " in a pane "
							+ heading.getParent().getClientArea().width + " wide");
				}
				TextLayout text = new TextLayout(heading.getDisplay());
				try {
					text.setFont(heading.getFont());
					text.setText(heading.getText());
					text.setWidth(heading.getSize().x);
					if (text.getBounds().height > heading.getSize().y || heading.getSize().x <= 0) {
						found.add("the linked actions' heading needs " + text.getBounds().height + " px and has "
								+ heading.getSize().y + " at " + heading.getSize().x + " wide");
					}
				} finally {
					text.dispose();
				}
				return found;
			});
			assertEquals(List.of(), problems, "Resultados at 1366x728, default layout");
			// maximised, as a planner enters a quarter's values: the offices' names and the four quarters side by side
			zoom();
			try {
				int[] widths = ui.call(() -> {
					offices.getShell().layout(true, true);
					while (offices.getDisplay().readAndDispatch()) {
						// let the layouts settle
					}
					int sum = 0;
					for (TableColumn column : offices.getColumns()) {
						sum += column.getWidth();
					}
					return new int[] { sum, offices.getClientArea().width };
				});
				assertTrue(widths[0] <= widths[1], "the offices × quarters need " + widths[0] + " px, the grid has " + widths[1]);
			} finally {
				zoom();
			}
		} finally {
			ui.run(() -> {
				Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
				shell.setBounds(before); // without a window manager, maximising again would not restore the size
				shell.setMaximized(true);
			});
		}
	}

	/** Adds to {@code found} every cell of columns {@code from} to {@code to} (excluded) whose text is cut. */
	private static void cut(Table table, int from, int to, List<String> found) {
		GC gc = new GC(table);
		try {
			for (TableItem item : table.getItems()) {
				for (int c = from; c < to; c++) {
					String text = item.getText(c);
					int width = table.getColumn(c).getWidth();
					if (gc.textExtent(text).x > width) {
						found.add("«" + text + "» in " + width + " px (" + table.getColumn(c).getText() + ")");
						return;
					}
				}
			}
		} finally {
			gc.dispose();
		}
	}

	private Workspace workspace() {
		return session.current().workspace();
	}

	private static int row(TableDriver table, String code) {
		return table.column(0).indexOf(code);
	}

	private void show(String viewId) {
		ui.run(() -> {
			try {
				var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_PLANNING, window);
				window.getActivePage().showView(viewId);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	private void zoom() {
		ui.run(() -> {
			var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.toggleZoom(page.findViewReference(ResultsUiIds.VIEW_RESULTS));
		});
	}

	private void execute(String commandId, Map<String, String> parameters) {
		ui.post(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			try {
				handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters), null);
			} catch (Exception e) {
				throw new IllegalStateException(commandId, e);
			}
		});
	}

	/**
	 * The text of the office cell's editor, found and read in one call on the UI thread (a refresh of the view replaces
	 * the editor, keeping what was typed); null when none is open.
	 */
	private String openEditorText(ShellDriver window) {
		return ui.call(() -> {
			Text editor = openEditor(window);
			return editor == null ? null : editor.getText();
		});
	}

	/** The office cell's editor open now, or null; UI thread only. */
	private static Text openEditor(ShellDriver window) {
		return Finder.find(window.widget(), Text.class, c -> Finder.hasId(c, OfficeEntryGrid.EDITOR)).stream().findFirst()
				.orElse(null);
	}
}
