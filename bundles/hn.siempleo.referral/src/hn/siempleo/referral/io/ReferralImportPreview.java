// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.referral.NetworkCommands;

/**
 * What importing a file of referral records would do: every data row with its problems, and the one command
 * that adds the valid rows to the agreement (undoing it undoes the whole import). Immutable; the model is
 * untouched until the command is executed.
 *
 * @param agreement the agreement the records go to
 * @param rows every non-empty data row, in file order
 */
public record ReferralImportPreview(Agreement agreement, List<ReferralImportRow> rows) {

	/** Copies the list. */
	public ReferralImportPreview {
		rows = List.copyOf(rows);
	}

	/** The rows that would be added. */
	public List<ReferralImportRow> validRows() {
		return rows.stream().filter(ReferralImportRow::valid).toList();
	}

	/** Every problem of every row, in file order. */
	public List<RowError> problems() {
		return rows.stream().flatMap(row -> row.problems().stream()).toList();
	}

	/** Rows rejected. */
	public long rejectedCount() {
		return rows.size() - validRows().size();
	}

	/**
	 * The one command adding the valid rows (fresh copies each time, so the preview can be applied again
	 * after an undo); not executable when there is none.
	 */
	public Command command(EditingDomain domain) {
		List<ReferralRecord> records = validRows().stream()
				.map(row -> org.eclipse.emf.ecore.util.EcoreUtil.copy(row.record())).toList();
		records.forEach(record -> record.setId(java.util.UUID.randomUUID().toString()));
		return NetworkCommands.addReferrals(domain, agreement, records);
	}
}
