// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.ArrayList;
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
	private int version;

	/** The number of changes to the order so far. */
	int version() {
		return version;
	}

	/** The sorted columns, most significant first. */
	List<Key> keys() {
		return List.copyOf(keys);
	}

	/** Sorts by a column; with {@code accumulate} it becomes the least significant of the sorted columns. */
	void sort(ActionColumn column, SortDirectionEnum direction, boolean accumulate) {
		version++;
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
		version++;
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
	 * sorted column is a counting sort by rank; more columns compare ranks.
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
			countingSort(rows, all, rank, keys.get(0).direction() == SortDirectionEnum.DESC);
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

	/**
	 * One sorted column: ranks are dense (0 to the number of distinct keys, blanks aside), so a counting sort
	 * by rank orders the rows in linear time; it is stable, so equal ranks keep the plan's order.
	 */
	static void countingSort(List<ActionRow> rows, List<ActionRow> all, int[] rank, boolean descending) {
		int n = rows.size();
		int[] orders = new int[n];
		int top = -1;
		for (int i = 0; i < n; i++) {
			int order = rows.get(i).order();
			orders[i] = order;
			if (rank[order] != Integer.MAX_VALUE && rank[order] > top) {
				top = rank[order];
			}
		}
		// bucket of a row: its rank (reversed when descending), blanks in the last bucket either way
		int blanks = top + 1;
		int[] start = new int[blanks + 2];
		int[] bucket = new int[n];
		for (int i = 0; i < n; i++) {
			int r = rank[orders[i]];
			int b = r == Integer.MAX_VALUE ? blanks : descending ? top - r : r;
			bucket[i] = b;
			start[b + 1]++;
		}
		for (int b = 0; b <= blanks; b++) {
			start[b + 1] += start[b];
		}
		ActionRow[] sorted = new ActionRow[n];
		for (int i = 0; i < n; i++) {
			sorted[start[bucket[i]]++] = all.get(orders[i]);
		}
		for (int i = 0; i < n; i++) {
			rows.set(i, sorted[i]);
		}
	}

	/** A rank for the direction; blanks (the largest rank) stay last either way. */
	private static int directed(int rank, boolean descending) {
		return !descending || rank == Integer.MAX_VALUE ? rank : Integer.MAX_VALUE - 1 - rank;
	}
}
