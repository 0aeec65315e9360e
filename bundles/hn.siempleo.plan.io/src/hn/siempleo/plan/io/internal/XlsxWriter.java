// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;

/**
 * Writes actions to one XLSX sheet, streaming (a window of rows in memory), so that 100,000 actions fit:
 * a bold header row that stays visible with an auto-filter, dates as Excel dates, numbers as numbers.
 */
final class XlsxWriter {

	private static final int ROW_WINDOW = 500;

	private XlsxWriter() {
	}

	static void write(List<Action> actions, List<ActionColumn> columns, LocalDate today, OutputStream out)
			throws IOException {
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("no columns");
		}
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
			Sheet sheet = workbook.createSheet(Messages.Xlsx_sheetName);
			Map<ActionColumn.Kind, CellStyle> styles = styles(workbook);
			Row header = sheet.createRow(0);
			CellStyle headerStyle = headerStyle(workbook);
			for (int c = 0; c < columns.size(); c++) {
				Cell cell = header.createCell(c);
				cell.setCellValue(columns.get(c).header());
				cell.setCellStyle(headerStyle);
				sheet.setColumnWidth(c, width(columns.get(c)) * 256);
			}
			int r = 1;
			for (Action action : actions) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns.size(); c++) {
					ActionColumn column = columns.get(c);
					writeCell(row.createCell(c), column.value(action, today), styles.get(column.kind()));
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, columns.size() - 1));
			workbook.write(out);
		}
	}

	private static void writeCell(Cell cell, Object value, CellStyle style) {
		switch (value) {
			case null -> {
				return;
			}
			case LocalDate date -> cell.setCellValue(date);
			case BigDecimal amount -> cell.setCellValue(amount.doubleValue());
			case Integer number -> cell.setCellValue(number);
			default -> {
				String text = ActionLabels.text(value);
				if (text.isEmpty()) {
					return;
				}
				cell.setCellValue(text);
			}
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static Map<ActionColumn.Kind, CellStyle> styles(SXSSFWorkbook workbook) {
		Map<ActionColumn.Kind, CellStyle> styles = new EnumMap<>(ActionColumn.Kind.class);
		styles.put(ActionColumn.Kind.DATE, formatted(workbook, "dd/mm/yyyy"));
		styles.put(ActionColumn.Kind.MONEY, formatted(workbook, "#,##0.00"));
		styles.put(ActionColumn.Kind.INTEGER, formatted(workbook, "0"));
		return styles;
	}

	private static CellStyle formatted(SXSSFWorkbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static CellStyle headerStyle(SXSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	/** Column width in characters. */
	private static int width(ActionColumn column) {
		return switch (column) {
			case TITLE -> 60;
			case RESPONSIBLE, FUNDING -> 28;
			case OFFICES -> 24;
			case COST -> 18;
			case DIMENSION, PHASE, STATUS, RESOURCE_TYPE, TRAFFIC_LIGHT -> 16;
			default -> 12;
		};
	}
}
