// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

import java.util.List;

import hn.siempleo.model.ReferralRecord;
import hn.siempleo.plan.io.RowError;

/**
 * One data row of an imported file as the preview shows it.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param cells the texts read, by column
 * @param record the record the row would add (not in any model yet), or null when the row has problems
 * @param problems the row's problems; a row with problems is never applied
 */
public record ReferralImportRow(int row, List<String> cells, ReferralRecord record, List<RowError> problems) {

	/** Copies the lists. */
	public ReferralImportRow {
		cells = List.copyOf(cells);
		problems = List.copyOf(problems);
	}

	/** Whether the row is applied. */
	public boolean valid() {
		return problems.isEmpty() && record != null;
	}
}
