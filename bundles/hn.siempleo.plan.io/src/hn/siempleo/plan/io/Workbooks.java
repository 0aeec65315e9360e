// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.io.InputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import hn.siempleo.plan.io.internal.CellValues;
import hn.siempleo.plan.io.internal.WorkbookOpener;

/**
 * Reading Excel workbooks that planners fill in, for every importer of the workbench (actions, diagnostic
 * questionnaires, measurements, referral records): untrusted files are opened with the same limits and the same
 * messages, and cells read the same way. Safe on any thread.
 */
public final class Workbooks {

	private Workbooks() {
	}

	/**
	 * Opens an XLSX workbook from untrusted bytes: empty, oversized, old .xls, non-workbook files and zip bombs
	 * are refused with a message for the planner.
	 *
	 * @param in the bytes; read fully, not closed
	 * @return the workbook; the caller closes it
	 * @throws SpreadsheetException when the bytes are not a readable XLSX workbook
	 */
	public static XSSFWorkbook open(InputStream in) throws SpreadsheetException {
		return WorkbookOpener.open(in);
	}

	/**
	 * A cell as text: strings stripped, numbers without a trailing ".0", dates as {@link ActionLabels#DATE}
	 * writes them, a formula as its last computed value; "" for a blank or missing (null) cell.
	 */
	public static String text(Cell cell) {
		return CellValues.text(cell);
	}
}
