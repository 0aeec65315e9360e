// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.internal.ImportCommands;

/**
 * What importing a sheet would do to a plan: every row read, with its errors, and the one command that
 * applies the valid rows. Immutable; the plan is not touched until the command is executed.
 */
public final class ImportPreview {

	private final ActionPlan plan;
	private final List<ImportRow> rows;
	private final List<String> ignoredColumns;

	/**
	 * Called by {@link ActionSpreadsheets#preview}.
	 *
	 * @param plan the plan the rows were compared with
	 * @param rows every non-empty row, in sheet order
	 * @param ignoredColumns headers of the sheet that are not imported (unknown or derived columns)
	 */
	public ImportPreview(ActionPlan plan, List<ImportRow> rows, List<String> ignoredColumns) {
		this.plan = plan;
		this.rows = List.copyOf(rows);
		this.ignoredColumns = List.copyOf(ignoredColumns);
	}

	/** The plan the rows were compared with. */
	public ActionPlan plan() {
		return plan;
	}

	/** Every non-empty row, in sheet order. */
	public List<ImportRow> rows() {
		return rows;
	}

	/** Every error of every row, in sheet order. */
	public List<RowError> errors() {
		return rows.stream().flatMap(row -> row.errors().stream()).toList();
	}

	/** The rows the command applies: without errors, and changing something. */
	public List<ImportRow> applicableRows() {
		return rows.stream().filter(ImportRow::applicable).toList();
	}

	/** Applicable rows that add an action. */
	public long newCount() {
		return applicableRows().stream().filter(row -> row.change() == ImportRow.Change.NEW).count();
	}

	/** Applicable rows that update an action. */
	public long updateCount() {
		return applicableRows().stream().filter(row -> row.change() == ImportRow.Change.UPDATE).count();
	}

	/** Rows that are rejected because of errors. */
	public long rejectedCount() {
		return rows.stream().filter(row -> !row.errors().isEmpty()).count();
	}

	/** Headers of the sheet that were not read (unknown or derived columns). */
	public List<String> ignoredColumns() {
		return ignoredColumns;
	}

	/**
	 * The one command that applies every {@linkplain #applicableRows() applicable row}: new actions are added
	 * to the plan, changed fields are set. Undoing it undoes the whole import.
	 *
	 * @param domain the editing domain of the plan's model
	 * @return the command, to execute on the domain's command stack; not executable when no row applies
	 */
	public Command command(EditingDomain domain) {
		List<ImportRow> applicable = applicableRows();
		if (applicable.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		return ImportCommands.build(domain, plan, applicable, Messages.ImportPreview_commandLabel,
				NLS.bind(Messages.ImportPreview_commandDescription, newCount(), updateCount()));
	}
}
