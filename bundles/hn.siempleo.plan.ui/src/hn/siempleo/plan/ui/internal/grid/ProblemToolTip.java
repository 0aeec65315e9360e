// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.window.DefaultToolTip;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.data.IRowDataProvider;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.swt.widgets.Event;

import hn.siempleo.plan.io.ActionColumn;

/**
 * Tells, when the pointer rests on a marked cell, which rules its field breaks, and on a cell of an action the
 * user may not change, why.
 */
final class ProblemToolTip extends DefaultToolTip {

	private final NatTable natTable;
	private final IRowDataProvider<TrackerRow> rows;
	private final GridContext context;

	ProblemToolTip(NatTable natTable, IRowDataProvider<TrackerRow> rows, GridContext context) {
		super(natTable, ToolTip.NO_RECREATE, false);
		this.natTable = natTable;
		this.rows = rows;
		this.context = context;
	}

	@Override
	protected boolean shouldCreateToolTip(Event event) {
		return text(event) != null && super.shouldCreateToolTip(event);
	}

	@Override
	protected String getText(Event event) {
		return text(event);
	}

	@Override
	protected Object getToolTipArea(Event event) {
		return natTable.getCellByPosition(natTable.getColumnPositionByX(event.x), natTable.getRowPositionByY(event.y));
	}

	private String text(Event event) {
		ILayerCell cell = natTable.getCellByPosition(natTable.getColumnPositionByX(event.x),
				natTable.getRowPositionByY(event.y));
		if (cell == null || !(cell.getConfigLabels().hasLabel(GridLabels.PROBLEM_ERROR)
				|| cell.getConfigLabels().hasLabel(GridLabels.PROBLEM_WARNING)
				|| cell.getConfigLabels().hasLabel(GridLabels.READ_ONLY))) {
			return null;
		}
		int row = cell.getRowIndex();
		int column = cell.getColumnIndex();
		if (row < 0 || row >= rows.getRowCount() || !(rows.getRowObject(row) instanceof ActionRow action)) {
			return null;
		}
		List<String> lines = new ArrayList<>();
		String readOnly = context.whyReadOnly(action.action());
		if (readOnly != null) {
			lines.add(readOnly);
		}
		ProblemMarks.Mark mark = action.problems().of(ActionColumn.values()[column]);
		if (mark != null) {
			lines.addAll(mark.messages());
		}
		return lines.isEmpty() ? null : String.join("\n", lines);
	}
}
