// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

/** A workbook that cannot be read as measurements; the message is for the planner, in the workbench's language. */
public final class ResultsSpreadsheetException extends Exception {

	private static final long serialVersionUID = 1L;

	/** A failure with its message and cause (may be null). */
	public ResultsSpreadsheetException(String message, Throwable cause) {
		super(message, cause);
	}
}
