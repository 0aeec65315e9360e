// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.edit.editor.IComboBoxDataProvider;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Term;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;

/** The values a choice cell offers: the open workspace's axes and dimensions, the literals, priorities 1-4. */
final class ColumnChoices implements IComboBoxDataProvider {

	private static final List<Integer> PRIORITIES = List.of(1, 2, 3, 4);

	private final GridContext context;
	private final ActionColumn column;

	ColumnChoices(GridContext context, ActionColumn column) {
		this.context = context;
		this.column = column;
	}

	@Override
	public List<?> getValues(int columnIndex, int rowIndex) {
		return of(context, column);
	}

	/** The values of a column; empty for columns without a fixed set. */
	static List<?> of(GridContext context, ActionColumn column) {
		Workspace workspace = context.workspace();
		return switch (column) {
			case AXIS -> workspace == null ? List.of() : List.copyOf(workspace.getAxes());
			case DIMENSION -> workspace == null ? List.of() : List.copyOf(workspace.getDimensions());
			case PHASE -> Term.VALUES;
			case STATUS -> ActionStatus.VALUES;
			case PRIORITY -> PRIORITIES;
			default -> List.of();
		};
	}
}
