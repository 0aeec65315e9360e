// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.List;

import org.eclipse.nebula.widgets.nattable.data.IColumnPropertyAccessor;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.plan.io.ActionColumn;

/**
 * Reads and writes the grid's cells: an action row shows its action's values, read live; a group heading
 * shows its name, count and cost subtotal. Writes go through the {@link CellWriter}.
 */
final class RowAccessor implements IColumnPropertyAccessor<TrackerRow> {

	private static final List<ActionColumn> COLUMNS = List.of(ActionColumn.values());

	private final GridContext context;
	private final CellWriter writer;

	RowAccessor(GridContext context) {
		this.context = context;
		this.writer = new CellWriter(context);
	}

	@Override
	public Object getDataValue(TrackerRow row, int columnIndex) {
		ActionColumn column = COLUMNS.get(columnIndex);
		return switch (row) {
			case ActionRow action -> column.value(action.action(), context.today());
			case GroupRow group -> switch (column) {
				case CODE -> (group.collapsed() ? "\u25b8 " : "\u25be ") + group.code();
				case TITLE -> group.label().isEmpty() ? countText(group) : group.label() + " \u2014 " + countText(group);
				case COST -> group.cost();
				default -> null;
			};
		};
	}

	private static String countText(GroupRow group) {
		return group.count() == 1 ? Messages.RowAccessor_oneAction
				: NLS.bind(Messages.RowAccessor_actions, group.count());
	}

	@Override
	public void setDataValue(TrackerRow row, int columnIndex, Object newValue) {
		if (row instanceof ActionRow action) {
			writer.write(action.action(), COLUMNS.get(columnIndex), newValue);
		}
	}

	@Override
	public int getColumnCount() {
		return COLUMNS.size();
	}

	@Override
	public String getColumnProperty(int columnIndex) {
		return COLUMNS.get(columnIndex).id();
	}

	@Override
	public int getColumnIndex(String propertyName) {
		for (ActionColumn column : COLUMNS) {
			if (column.id().equals(propertyName)) {
				return column.ordinal();
			}
		}
		return -1;
	}
}
