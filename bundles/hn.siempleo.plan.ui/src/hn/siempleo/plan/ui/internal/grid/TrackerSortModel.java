// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.ISortModel;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import hn.siempleo.plan.io.ActionColumn;

/**
 * NatTable's sort model over {@link TrackerRows}: clicking a header sorts the rows on their cached keys (not
 * through GlazedLists' SortedList, measured at over a second for 100,000 rows) and refreshes the grid.
 */
final class TrackerSortModel implements ISortModel {

	private final TrackerRows rows;
	private final Runnable refresh;

	/** @param refresh tells the grid that the shown rows changed */
	TrackerSortModel(TrackerRows rows, Runnable refresh) {
		this.rows = rows;
		this.refresh = refresh;
	}

	@Override
	public List<Integer> getSortedColumnIndexes() {
		return rows.sort().keys().stream().map(key -> key.column().ordinal()).toList();
	}

	@Override
	public boolean isColumnIndexSorted(int columnIndex) {
		return getSortDirection(columnIndex) != SortDirectionEnum.NONE;
	}

	@Override
	public SortDirectionEnum getSortDirection(int columnIndex) {
		return rows.sort().direction(ActionColumn.values()[columnIndex]);
	}

	@Override
	public int getSortOrder(int columnIndex) {
		return rows.sort().order(ActionColumn.values()[columnIndex]);
	}

	@SuppressWarnings("rawtypes")
	@Override
	public List<Comparator> getComparatorsForColumnIndex(int columnIndex) {
		return List.of();
	}

	@Override
	public Comparator<?> getColumnComparator(int columnIndex) {
		return null;
	}

	@Override
	public void sort(int columnIndex, SortDirectionEnum sortDirection, boolean accumulate) {
		rows.sort().sort(ActionColumn.values()[columnIndex], sortDirection, accumulate);
		rows.recompute();
		refresh.run();
	}

	@Override
	public void clear() {
		rows.sort().clear();
		rows.recompute();
		refresh.run();
	}
}
