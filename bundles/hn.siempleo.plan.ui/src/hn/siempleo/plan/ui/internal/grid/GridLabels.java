// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.LabelStack;
import org.eclipse.nebula.widgets.nattable.layer.cell.IConfigLabelAccumulator;

import hn.siempleo.model.logic.Actions;
import hn.siempleo.plan.io.ActionColumn;

/**
 * The labels of the grid's body cells, which the style and editing configurations key on: the column, group
 * headings, editable cells, read-only ones (actions the user may not change), the semáforo state and cells whose
 * field breaks a validation rule.
 */
final class GridLabels implements IConfigLabelAccumulator {

	/** Prefix of a column's label, followed by the column's name, e.g. {@code COL_PRIORITY}. */
	static final String COLUMN = "COL_";
	/** A group heading. */
	static final String GROUP = "GROUP";
	/** A cell that can be edited in place. */
	static final String EDITABLE = "EDITABLE";
	/** Prefix of a semáforo cell's label, followed by the state's name, e.g. {@code LIGHT_OVERDUE}. */
	static final String LIGHT = "LIGHT_";
	/** A cell whose field breaks an error rule. */
	static final String PROBLEM_ERROR = "PROBLEM_ERROR";
	/** A cell whose field breaks a warning rule (what is still to be defined). */
	static final String PROBLEM_WARNING = "PROBLEM_WARNING";
	/** A cell of an action the user may not change (greyed, not editable; the reason is its tooltip). */
	static final String READ_ONLY = "READ_ONLY";
	/** A number, aligned to the right. */
	static final String NUMBER = "NUMBER";

	private final IRowDataProvider<TrackerRow> rows;
	private final GridContext context;

	GridLabels(IRowDataProvider<TrackerRow> rows, GridContext context) {
		this.rows = rows;
		this.context = context;
	}

	@Override
	public void accumulateConfigLabels(LabelStack labels, int columnPosition, int rowPosition) {
		ActionColumn column = ActionColumn.values()[columnPosition];
		labels.addLabel(COLUMN + column.name());
		if (column.kind() == ActionColumn.Kind.INTEGER || column.kind() == ActionColumn.Kind.MONEY) {
			labels.addLabel(NUMBER);
		}
		TrackerRow row = rowPosition < rows.getRowCount() ? rows.getRowObject(rowPosition) : null;
		if (row instanceof GroupRow) {
			labels.addLabelOnTop(GROUP);
		} else if (row instanceof ActionRow action) {
			boolean readOnly = context.whyReadOnly(action.action()) != null;
			if (readOnly) {
				labels.addLabel(READ_ONLY);
			} else if (editable(column)) {
				labels.addLabel(EDITABLE);
			}
			if (column == ActionColumn.TRAFFIC_LIGHT) {
				labels.addLabelOnTop(LIGHT + Actions.trafficLight(action.action(), context.today()).name());
			}
			ProblemMarks.Mark mark = action.problems().of(column);
			if (mark != null) {
				labels.addLabelOnTop(mark.error() ? PROBLEM_ERROR : PROBLEM_WARNING);
			}
		}
	}

	/** Whether cells of a column are edited in the grid (lists are edited in the properties view). */
	static boolean editable(ActionColumn column) {
		return !column.derived() && column.kind() != ActionColumn.Kind.LIST;
	}
}
