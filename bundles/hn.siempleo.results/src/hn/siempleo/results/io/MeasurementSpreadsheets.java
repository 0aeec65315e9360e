// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Measurement;
import hn.siempleo.model.Office;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.io.Workbooks;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.results.ResultsValidation;

/**
 * Measurements to and from Excel. The export has one row per indicator, office (or national) and period, the
 * flat table BI tools and the SPE read: code and name of the indicator, service, unit, period, office, target,
 * value, whether the value is measured or computed, weight, source and who recorded it. The import reads the
 * same layout (columns found by their header), checks every row and previews the changes;
 * {@link MeasurementImport#command} then applies the valid rows as one undoable command. Workbooks are opened
 * by {@link Workbooks#open}, with the limits and reasons of every import. The export is in the
 * workbench's language; the import reads headers and origins in every language of the workbench, whatever
 * language it runs in, so that offices running it in Spanish and in English read each other's workbooks.
 */
public final class MeasurementSpreadsheets {

	/** The column headers, in order. */
	public static final List<String> HEADERS = List.of(Messages.Column_indicatorCode, Messages.Column_indicator,
			Messages.Column_service, Messages.Column_unit, Messages.Column_period, Messages.Column_officeCode,
			Messages.Column_office, Messages.Column_target, Messages.Column_value, Messages.Column_origin,
			Messages.Column_weight, Messages.Column_source, Messages.Column_recordedBy);

	private MeasurementSpreadsheets() {
	}

	/** Writes the workbook of every indicator with results to {@code out} (which stays open). */
	public static void export(Workspace workspace, OutputStream out) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(Messages.Sheet_name);
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADERS.size(); c++) {
				header.createCell(c).setCellValue(HEADERS.get(c));
			}
			int r = 1;
			for (Indicator indicator : workspace.getIndicators()) {
				if (!IndicatorResults.hasResults(indicator)) {
					continue;
				}
				List<Office> offices = new ArrayList<>();
				offices.add(null);
				offices.addAll(IndicatorResults.offices(indicator));
				for (Period period : IndicatorResults.periods(indicator)) {
					for (Office office : offices) {
						Double target = IndicatorResults.target(indicator, period, office);
						Double actual = IndicatorResults.actual(indicator, period, office);
						if (target == null && actual == null) {
							continue;
						}
						write(sheet.createRow(r++), indicator, period, office, target, actual);
					}
				}
			}
			for (int c = 0; c < HEADERS.size(); c++) {
				sheet.setColumnWidth(c, c == 1 || c == 6 ? 40 * 256 : 14 * 256);
			}
			sheet.createFreezePane(0, 1);
			book.write(out);
		}
	}

	private static void write(Row row, Indicator indicator, Period period, Office office, Double target, Double actual) {
		Service service = IndicatorResults.service(indicator);
		Measurement m = IndicatorResults.measurement(indicator, period, office);
		text(row, 0, indicator.getCode());
		text(row, 1, indicator.getName());
		text(row, 2, service == null ? Messages.Plan : service.getName());
		text(row, 3, indicator.getUnit());
		text(row, 4, period.toString());
		text(row, 5, office == null ? "" : office.getCode()); //$NON-NLS-1$
		text(row, 6, ResultsValidation.officeLabel(office));
		number(row, 7, target);
		number(row, 8, actual);
		text(row, 9, actual == null ? "" : m != null ? Messages.Origin_measured : Messages.Origin_computed); //$NON-NLS-1$
		number(row, 10, m == null ? null : m.getWeight());
		text(row, 11, m == null ? null : m.getSource());
		text(row, 12, m == null ? null : m.getRecordedBy());
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static void number(Row row, int column, Double value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	/** Reads a workbook and checks every row against the workspace; nothing changes until the command runs. */
	public static MeasurementImport preview(Workspace workspace, InputStream in) throws ResultsSpreadsheetException {
		try (XSSFWorkbook book = open(in)) {
			Sheet sheet = book.getNumberOfSheets() == 0 ? null : book.getSheetAt(0);
			Row header = sheet == null ? null : sheet.getRow(0);
			Layout columns = layout(header);
			for (int required : new int[] { 0, 4, 5, 8 }) {
				if (!columns.has(required)) {
					throw new ResultsSpreadsheetException(NLS.bind(Messages.Import_missingColumn, HEADERS.get(required)), null);
				}
			}
			Map<String, Office> offices = new HashMap<>();
			workspace.getOffices().forEach(o -> offices.put(key(o.getCode()), o));
			List<ImportRow> rows = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			Map<String, Boolean> computed = computedByOrigin();
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || blank(row, formatter)) {
					continue;
				}
				ImportRow checked = check(workspace, offices, seen, computed, row, columns, formatter);
				if (checked != null) {
					rows.add(checked);
				}
			}
			return new MeasurementImport(rows);
		} catch (IOException e) {
			throw new ResultsSpreadsheetException(Messages.Import_unreadable, e);
		}
	}

	private static ImportRow check(Workspace workspace, Map<String, Office> offices, Set<String> seen,
			Map<String, Boolean> computed, Row row, Layout columns, DataFormatter formatter) {
		int number = row.getRowNum() + 1;
		String origin = text(row, columns, 9, formatter);
		if (origin != null && computed.getOrDefault(key(origin), false)) {
			return null; // computed national values are read back from the offices
		}
		String code = text(row, columns, 0, formatter);
		Indicator indicator = IndicatorResults.byCode(workspace, code);
		if (indicator == null) {
			return ImportRow.error(number, columns.heading(0),
					NLS.bind(Messages.Import_unknownIndicator, code == null ? "" : code)); //$NON-NLS-1$
		}
		String periodText = text(row, columns, 4, formatter);
		String periodProblem = ResultsValidation.checkPeriod(indicator, periodText);
		if (periodProblem != null) {
			return ImportRow.error(number, columns.heading(4), periodProblem);
		}
		Period period = Period.parse(periodText);
		String officeCode = text(row, columns, 5, formatter);
		Office office = null;
		if (officeCode != null) {
			office = offices.get(key(officeCode));
			if (office == null) {
				return ImportRow.error(number, columns.heading(5), NLS.bind(Messages.Import_unknownOffice, officeCode));
			}
		}
		Cell cell = row.getCell(columns.cell(8));
		Double value = value(cell, formatter);
		if (value == null) {
			String raw = text(row, columns, 8, formatter);
			if (raw == null) {
				return null; // no value: nothing to import
			}
			return ImportRow.error(number, columns.heading(8), NLS.bind(Messages.Import_notANumber, raw));
		}
		String problem = ResultsValidation.checkEntry(indicator, periodText, office, value);
		if (problem != null) { // the period is checked above: the value is at fault
			return ImportRow.error(number, columns.heading(8), problem);
		}
		if (!seen.add(indicator.getId() + '|' + period + '|' + (office == null ? "" : office.getId()))) { //$NON-NLS-1$
			return ImportRow.error(number, "", NLS.bind(Messages.Import_duplicate, //$NON-NLS-1$
					new Object[] { indicator.getCode(), period, ResultsValidation.officeLabel(office) }));
		}
		Measurement existing = IndicatorResults.measurement(indicator, period, office);
		return new ImportRow(number, indicator, period, office, value, existing == null ? null : existing.getValue(),
				text(row, columns, 11, formatter), text(row, columns, 12, formatter), null);
	}

	private static Double value(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC
				|| cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
			return cell.getNumericCellValue();
		}
		String text = formatter.formatCellValue(cell).strip().replace(',', '.');
		try {
			return text.isEmpty() ? null : Double.valueOf(text);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static String text(Row row, Layout columns, int header, DataFormatter formatter) {
		Integer c = columns.cell(header);
		if (c == null || row.getCell(c) == null) {
			return null;
		}
		String text = formatter.formatCellValue(row.getCell(c)).strip();
		return text.isEmpty() ? null : text;
	}

	private static boolean blank(Row row, DataFormatter formatter) {
		for (Cell cell : row) {
			if (!formatter.formatCellValue(cell).isBlank()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where the columns of {@link #HEADERS} are in a sheet, by their index in {@link #HEADERS}: the cell index and
	 * the header as the sheet writes it (in the language of the workbook), for naming the column of a refusal.
	 */
	private record Layout(Map<Integer, Integer> cells, Map<Integer, String> headings) {

		boolean has(int column) {
			return cells.containsKey(column);
		}

		/** The cell index of a column, or null when the sheet lacks it. */
		Integer cell(int column) {
			return cells.get(column);
		}

		/** The header of a column as the sheet writes it; "" when the sheet lacks it. */
		String heading(int column) {
			return headings.getOrDefault(column, ""); //$NON-NLS-1$
		}
	}

	/** The columns of {@link #HEADERS} the header row has (the first, if repeated). */
	private static Layout layout(Row header) {
		Map<String, Integer> known = columnsByHeader();
		Map<Integer, Integer> cells = new HashMap<>();
		Map<Integer, String> headings = new HashMap<>();
		if (header != null) {
			for (Cell cell : header) {
				Integer column = cell.getCellType() == CellType.STRING ? known.get(key(cell.getStringCellValue())) : null;
				if (column != null && !cells.containsKey(column)) {
					cells.put(column, cell.getColumnIndex());
					headings.put(column, cell.getStringCellValue().strip());
				}
			}
		}
		return new Layout(cells, headings);
	}

	/**
	 * The columns (their index in {@link #HEADERS}) by their header in the workbench's language, then in any of
	 * its languages: should two of these ever be alike, the one named first here wins.
	 */
	static Map<String, Integer> columnsByHeader() {
		Map<String, Integer> columns = new HashMap<>();
		for (int c = 0; c < HEADERS.size(); c++) {
			columns.putIfAbsent(key(HEADERS.get(c)), c);
		}
		for (int c = 0; c < HEADERS.size(); c++) {
			for (String header : Messages.inEveryLanguage(Messages.COLUMN_KEYS.get(c))) {
				columns.putIfAbsent(key(header), c);
			}
		}
		return columns;
	}

	/**
	 * Whether an origin ("medido", "calculado", "measured", "computed"…) is computed, by origin in the workbench's
	 * language, then in any of its languages: should two of these ever be alike, the one named first here wins.
	 */
	static Map<String, Boolean> computedByOrigin() {
		Map<String, Boolean> origins = new HashMap<>();
		origins.putIfAbsent(key(Messages.Origin_measured), false);
		origins.putIfAbsent(key(Messages.Origin_computed), true);
		Messages.inEveryLanguage("Origin_measured").forEach(origin -> origins.putIfAbsent(key(origin), false)); //$NON-NLS-1$
		Messages.inEveryLanguage("Origin_computed").forEach(origin -> origins.putIfAbsent(key(origin), true)); //$NON-NLS-1$
		return origins;
	}

	private static String key(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	/** The workbook, opened as every importer of the workbench opens one; refused with the planner's reason. */
	private static XSSFWorkbook open(InputStream in) throws ResultsSpreadsheetException {
		try {
			return Workbooks.open(in);
		} catch (SpreadsheetException e) {
			throw new ResultsSpreadsheetException(e.getMessage(), e);
		}
	}
}
