// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import hn.siempleo.plan.io.ActionColumn;

/**
 * The grid's order: columns in priority with their directions, then the plan's order, on the columns'
 * ranks ({@link ColumnCache}); blanks last in both directions.
 */
public final class TrackerSort {

	/** One sorted column. */
	record Key(ActionColumn column, SortDirectionEnum direction) {
	}

	private final List<Key> keys = new ArrayList<>();

	/** The sorted columns, most significant first. */
	List<Key> keys() {
		return List.copyOf(keys);
	}

	/** Sorts by a column; with {@code accumulate} it becomes the least significant of the sorted columns. */
	void sort(ActionColumn column, SortDirectionEnum direction, boolean accumulate) {
		if (!accumulate) {
			keys.clear();
		}
		keys.removeIf(key -> key.column() == column);
		if (direction != SortDirectionEnum.NONE) {
			keys.add(new Key(column, direction));
		}
	}

	/** Back to the plan's order. */
	void clear() {
		keys.clear();
	}

	/** The direction of a column, NONE when it is not sorted. */
	SortDirectionEnum direction(ActionColumn column) {
		return keys.stream().filter(key -> key.column() == column).map(Key::direction).findFirst()
				.orElse(SortDirectionEnum.NONE);
	}

	/** The position of a column among the sorted ones, -1 when it is not sorted. */
	int order(ActionColumn column) {
		for (int i = 0; i < keys.size(); i++) {
			if (keys.get(i).column() == column) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * Sorts rows (given in plan order) by the sorted columns, then by plan order, on the columns' ranks. One
	 * sorted column is an {@code Arrays.sort} of longs packing rank and position; more columns compare ranks.
	 *
	 * @param rows the rows to sort, in place
	 * @param all every row, each at the index of its position in the plan
	 */
	void apply(List<ActionRow> rows, List<ActionRow> all, ColumnCache cache, LocalDate today) {
		if (keys.isEmpty()) {
			return;
		}
		if (keys.size() == 1) {
			int[] rank = cache.ranks(keys.get(0).column(), today);
			boolean descending = keys.get(0).direction() == SortDirectionEnum.DESC;
			long[] packed = new long[rows.size()];
			for (int i = 0; i < packed.length; i++) {
				int order = rows.get(i).order();
				packed[i] = (long) directed(rank[order], descending) << 32 | order;
			}
			Arrays.sort(packed);
			for (int i = 0; i < packed.length; i++) {
				rows.set(i, all.get((int) packed[i]));
			}
			return;
		}
		Comparator<ActionRow> result = null;
		for (Key key : keys) {
			int[] rank = cache.ranks(key.column(), today);
			boolean descending = key.direction() == SortDirectionEnum.DESC;
			Comparator<ActionRow> byColumn = Comparator
					.comparingInt(row -> directed(rank[row.order()], descending));
			result = result == null ? byColumn : result.thenComparing(byColumn);
		}
		rows.sort(result.thenComparingInt(ActionRow::order));
	}

	/** A rank for the direction; blanks (the largest rank) stay last either way. */
	private static int directed(int rank, boolean descending) {
		return !descending || rank == Integer.MAX_VALUE ? rank : Integer.MAX_VALUE - 1 - rank;
	}
}
