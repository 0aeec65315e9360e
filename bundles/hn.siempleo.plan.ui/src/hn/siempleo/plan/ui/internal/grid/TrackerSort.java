package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import hn.siempleo.plan.io.ActionColumn;

/**
 * The grid's order: columns in priority with their directions, then the plan's order. Keys come from the
 * rows' caches, blanks last.
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

	/** The comparator of rows for {@code today}. */
	Comparator<ActionRow> comparator(LocalDate today) {
		Comparator<ActionRow> result = null;
		for (Key key : keys) {
			Comparator<ActionRow> byColumn = (a, b) -> compareKeys(a.sortKey(key.column(), today),
					b.sortKey(key.column(), today), key.direction() == SortDirectionEnum.DESC);
			result = result == null ? byColumn : result.thenComparing(byColumn);
		}
		Comparator<ActionRow> plan = Comparator.comparingInt(ActionRow::order);
		return result == null ? plan : result.thenComparing(plan);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int compareKeys(Comparable a, Comparable b, boolean descending) {
		if (a == null || b == null) {
			return a == b ? 0 : a == null ? 1 : -1;
		}
		int order = a.compareTo(b);
		return descending ? -order : order;
	}
}
