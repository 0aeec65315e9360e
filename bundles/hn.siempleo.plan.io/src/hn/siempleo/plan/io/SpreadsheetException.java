// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

/**
 * A workbook that cannot be read at all (not an XLSX file, refused as a zip bomb, without the actions sheet
 * or its required columns). The message is for the planner, in the workbench's language; problems of single
 * rows are {@link RowError}s instead.
 */
public final class SpreadsheetException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message the reason, in the workbench's language
	 * @param cause what the spreadsheet library reported, or null
	 */
	public SpreadsheetException(String message, Throwable cause) {
		super(message, cause);
	}
}
