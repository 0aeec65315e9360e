// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;

/**
 * Writes an edited cell as a {@link SetCommand} on the open model's editing domain, labelled for the Edit
 * menu ("Deshacer Establecer Responsable"), so that the grid shares the one undo history.
 */
final class CellWriter {

	private final GridContext context;

	CellWriter(GridContext context) {
		this.context = context;
	}

	/** Sets a column of an action; nothing happens when the value is the same or no model is open. */
	void write(Action action, ActionColumn column, Object value) {
		EditingDomain domain = context.domain();
		if (domain == null || column.derived() || same(column.value(action, context.today()), value)) {
			return;
		}
		Command set = SetCommand.create(domain, action, column.feature().orElseThrow(), value);
		Command labelled = new CommandWrapper(NLS.bind(Messages.CellWriter_label, column.header()),
				NLS.bind(Messages.CellWriter_description, column.header(), action.getCode()), set);
		if (labelled.canExecute()) {
			domain.getCommandStack().execute(labelled);
		} else {
			labelled.dispose();
		}
	}

	private static boolean same(Object current, Object next) {
		if (current instanceof BigDecimal a && next instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		if (current instanceof String text && next == null) {
			return text.isEmpty();
		}
		return Objects.equals(current, next);
	}
}
