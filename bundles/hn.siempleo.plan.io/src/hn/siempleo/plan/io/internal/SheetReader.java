// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.plan.io.ActionSpreadsheets;
import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.plan.io.SpreadsheetException;

/**
 * Reads the actions sheet of a workbook: finds the sheet by name, maps the header row to columns (by their
 * header or their id, ignoring case and accents), then reads every non-blank row. Sheet names and headers are
 * accepted in every language of the workbench, whatever language it runs in, so that offices running it in
 * Spanish and in English read each other's files.
 */
final class SheetReader {

	private SheetReader() {
	}

	static ImportPreview read(InputStream in, ActionPlan plan, LocalDate today) throws SpreadsheetException {
		try (XSSFWorkbook workbook = WorkbookOpener.open(in)) {
			Sheet sheet = actionsSheet(workbook);
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (sheet.getPhysicalNumberOfRows() == 0 || header == null) {
				throw new SpreadsheetException(NLS.bind(Messages.Xlsx_noHeader, sheet.getSheetName()), null);
			}
			Map<ActionColumn, Integer> indexes = new EnumMap<>(ActionColumn.class);
			Map<ActionColumn, String> headers = new EnumMap<>(ActionColumn.class);
			List<String> ignored = new ArrayList<>();
			Map<String, ActionColumn> columns = columnsByHeader();
			for (Cell cell : header) {
				String text = CellValues.text(cell);
				if (text.isEmpty()) {
					continue;
				}
				ActionColumn column = columns.get(ActionLabels.fold(text));
				if (column == null || column.derived()) {
					ignored.add(text);
				} else if (indexes.putIfAbsent(column, cell.getColumnIndex()) != null) {
					throw new SpreadsheetException(NLS.bind(Messages.Xlsx_duplicateColumn, text, sheet.getSheetName()),
							null);
				} else {
					headers.put(column, text);
				}
			}
			if (!indexes.containsKey(ActionColumn.CODE)) {
				throw new SpreadsheetException(
						NLS.bind(Messages.Xlsx_missingColumn, ActionColumn.CODE.header(), sheet.getSheetName()), null);
			}
			int rowCount = sheet.getLastRowNum() - header.getRowNum();
			if (rowCount > ActionSpreadsheets.MAX_ROWS) {
				throw new SpreadsheetException(NLS.bind(Messages.Xlsx_tooManyRows,
						new Object[] { sheet.getSheetName(), rowCount, ActionSpreadsheets.MAX_ROWS }), null);
			}
			RowReader reader = new RowReader(indexes, headers, new Lookups(plan), today);
			List<ImportRow> rows = new ArrayList<>();
			for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (!reader.blank(row)) {
					rows.add(reader.read(row));
				}
			}
			return new ImportPreview(plan, rows, ignored);
		} catch (IOException e) {
			throw new SpreadsheetException(Messages.Xlsx_unreadable, e);
		}
	}

	private static Sheet actionsSheet(XSSFWorkbook workbook) throws SpreadsheetException {
		List<String> accepted = Stream.concat(Stream.of(Messages.Xlsx_sheetName), Messages.sheetNames().stream())
				.map(ActionLabels::fold).toList();
		List<String> names = new ArrayList<>();
		for (Sheet sheet : workbook) {
			if (accepted.contains(ActionLabels.fold(sheet.getSheetName()))) {
				return sheet;
			}
			names.add(sheet.getSheetName());
		}
		throw new SpreadsheetException(NLS.bind(Messages.Xlsx_noSheet, Messages.Xlsx_sheetName, String.join(", ", names)),
				null);
	}

	/**
	 * The columns by their {@linkplain ActionLabels#fold folded} header in the workbench's language, in any of
	 * its languages, or id: should two of these ever be alike, the one named first here wins.
	 */
	static Map<String, ActionColumn> columnsByHeader() {
		Map<String, ActionColumn> columns = new HashMap<>();
		for (ActionColumn column : ActionColumn.values()) {
			columns.putIfAbsent(ActionLabels.fold(column.header()), column);
		}
		for (ActionColumn column : ActionColumn.values()) {
			column.headers().forEach(header -> columns.putIfAbsent(ActionLabels.fold(header), column));
		}
		for (ActionColumn column : ActionColumn.values()) {
			columns.putIfAbsent(column.id(), column);
		}
		return columns;
	}
}
