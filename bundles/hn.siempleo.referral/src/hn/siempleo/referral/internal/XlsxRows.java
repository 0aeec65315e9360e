// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.io.Workbooks;

/**
 * The first sheet of an XLSX workbook as rows of cell texts (as the spreadsheet shows them). The workbook is
 * opened by {@link Workbooks#open}, with the limits and reasons of every import of the workbench.
 */
public final class XlsxRows {

	private XlsxRows() {
	}

	/**
	 * Reads the rows; none for a workbook without sheets.
	 *
	 * @throws SpreadsheetException when the bytes are not a readable XLSX workbook, with a reason for the planner
	 * @throws IOException when the workbook cannot be closed
	 */
	public static List<List<String>> read(byte[] bytes) throws SpreadsheetException, IOException {
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = Workbooks.open(new ByteArrayInputStream(bytes))) {
			List<List<String>> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			Sheet sheet = workbook.getSheetAt(0);
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		}
	}
}
