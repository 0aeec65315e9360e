// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Diagnostic;
import hn.siempleo.plan.io.RowError;

/**
 * What importing a filled questionnaire would do to a diagnostic: every row read, with its errors, and the one
 * command that applies the valid rows. Immutable; the diagnostic is not touched until the command is executed.
 */
public final class QuestionnairePreview {

	private final Diagnostic diagnostic;
	private final List<QuestionnaireRow> rows;

	/**
	 * Called by {@link QuestionnaireSpreadsheets#preview}.
	 *
	 * @param diagnostic the diagnostic the rows were compared with
	 * @param rows every non-empty row, in sheet order
	 */
	public QuestionnairePreview(Diagnostic diagnostic, List<QuestionnaireRow> rows) {
		this.diagnostic = diagnostic;
		this.rows = List.copyOf(rows);
	}

	/** The diagnostic the rows were compared with. */
	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/** Every non-empty row, in sheet order. */
	public List<QuestionnaireRow> rows() {
		return rows;
	}

	/** Every error of every row, in sheet order. */
	public List<RowError> errors() {
		return rows.stream().flatMap(row -> row.errors().stream()).toList();
	}

	/** The rows the command applies: without errors, and changing something. */
	public List<QuestionnaireRow> applicableRows() {
		return rows.stream().filter(QuestionnaireRow::applicable).toList();
	}

	/** Rows rejected because of errors. */
	public long rejectedCount() {
		return rows.stream().filter(row -> !row.errors().isEmpty()).count();
	}

	/**
	 * The one command that applies every {@linkplain #applicableRows() applicable row}: a set per changed field.
	 * Undoing it undoes the whole import.
	 *
	 * @param domain the editing domain of the diagnostic's model
	 * @return the command; not executable when no row applies
	 */
	public Command command(EditingDomain domain) {
		List<QuestionnaireRow> applicable = applicableRows();
		if (applicable.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		CompoundCommand compound = new CompoundCommand(
				NLS.bind(Messages.QuestionnairePreview_command, diagnostic.getCode()),
				NLS.bind(Messages.QuestionnairePreview_commandDescription, applicable.size()));
		for (QuestionnaireRow row : applicable) {
			for (QuestionnaireColumn column : row.changedColumns()) {
				compound.append(DiagnosticCommands.set(domain, row.assessment(), column.feature().orElseThrow(),
						row.values().get(column)));
			}
		}
		return compound;
	}
}
