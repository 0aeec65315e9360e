// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.results.Period;

/**
 * One row of an import as checked: what it would change, or why it cannot be imported.
 *
 * @param rowNumber  the row as Excel numbers it (the header is row 1)
 * @param indicator  the indicator; null for a row in error
 * @param period     the period; null for a row in error
 * @param office     the office, or null for a national value
 * @param value      the value to record
 * @param previous   the value recorded now, or null when there is none
 * @param source     the row's source, or null
 * @param recordedBy who recorded it, per the row, or null
 * @param error      why the row cannot be imported: the row, the column at fault as the file writes its header
 *                   ("" for the row as a whole) and the reason in the workbench's language; null for a valid row
 */
public record ImportRow(int rowNumber, Indicator indicator, Period period, Office office, Double value,
		Double previous, String source, String recordedBy, RowError error) {

	static ImportRow error(int rowNumber, String column, String reason) {
		return new ImportRow(rowNumber, null, null, null, null, null, null, null, new RowError(rowNumber, column, reason));
	}

	/** Whether the row can be imported. */
	public boolean valid() {
		return error == null;
	}

	/** Whether importing the row changes the model. */
	public boolean changes() {
		return valid() && (previous == null || previous.doubleValue() != value.doubleValue());
	}
}
