// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;

/**
 * What sorting and filtering compare, computed from the model alone so that it can run on any thread: a
 * column's text folded for matching, its sort key (ordinals for enumerations, folded texts, numbers and
 * dates as they are; blank is null), the ranks of a column's keys, and the text the search box looks in.
 */
final class ColumnValues {

	private ColumnValues() {
	}

	/** The cell's text, {@linkplain ActionLabels#fold folded}. */
	static String folded(ActionColumn column, Action action, LocalDate today) {
		Object value = column.value(action, today);
		// a text needs no conversion: skips ActionLabels.text's type switch (slow until the JIT has compiled it)
		return ActionLabels.fold(value instanceof String text ? text : ActionLabels.text(value));
	}

	/** Distinct texts a column may share before {@link #column} stops looking (a title, a cost: each row its own). */
	static final int SHARED_TEXTS = 4096;

	/**
	 * Every action's {@linkplain #folded folded} text in a column, equal texts as one string: most columns hold a few
	 * labels (a status, an office, a date) over tens of thousands of actions, and a string per row would keep
	 * tens of megabytes alive, for the collector to copy. Past {@link #SHARED_TEXTS} distinct texts the rest are
	 * kept as they come.
	 */
	static String[] column(ActionColumn column, List<Action> actions, LocalDate today) {
		return column(column, actions, today, null);
	}

	/**
	 * As {@link #column(ActionColumn, List, LocalDate)}, {@linkplain Foreground#yieldToUi() yielding} to the UI
	 * thread every {@link #CHECKPOINT} rows (none when {@code foreground} is null).
	 */
	static String[] column(ActionColumn column, List<Action> actions, LocalDate today, Foreground foreground) {
		String[] values = new String[actions.size()];
		Map<String, String> shared = new HashMap<>();
		for (int i = 0; i < values.length; i++) {
			checkpoint(foreground, i);
			String text = folded(column, actions.get(i), today);
			if (shared != null) {
				String known = shared.putIfAbsent(text, text);
				if (known != null) {
					text = known;
				} else if (shared.size() > SHARED_TEXTS) {
					shared = null;
				}
			}
			values[i] = text;
		}
		return values;
	}

	/** Rows between two checkpoints of background work (a few milliseconds of it, even before the JIT). */
	static final int CHECKPOINT = 2048;

	/** A checkpoint of background work every {@link #CHECKPOINT} rows. */
	static void checkpoint(Foreground foreground, int row) {
		if (foreground != null && row % CHECKPOINT == 0) {
			foreground.yieldToUi();
		}
	}

	/** The key a column sorts by; null when blank. {@code folded} is the cell's folded text. */
	static Comparable<?> key(ActionColumn column, Action action, LocalDate today, String folded) {
		Object value = column.value(action, today);
		return switch (value) {
			case null -> null;
			case Enumerator literal -> literal.getValue();
			case Comparable<?> comparable when !(value instanceof String) -> comparable;
			case Collection<?> list when list.isEmpty() -> null;
			default -> folded.isEmpty() ? null : folded;
		};
	}

	/** Everything the search box looks at, folded and separated by blanks. */
	static String search(Action action, String[] foldedByColumn) {
		StringBuilder all = new StringBuilder(200);
		for (String text : foldedByColumn) {
			all.append(text).append(' ');
		}
		all.append(ActionLabels.fold(action.getResponsibleUnit())).append(' ');
		all.append(ActionLabels.fold(action.getAxis() == null ? null : action.getAxis().getName()));
		return all.toString();
	}

	/**
	 * The rank of every action's key in a column (equal keys, equal ranks; blanks get
	 * {@link Integer#MAX_VALUE}), indexed like {@code actions}.
	 */
	static int[] ranks(ActionColumn column, List<Action> actions, LocalDate today, String[] folded) {
		return ranks(column, actions, today, folded, null);
	}

	/**
	 * As {@link #ranks(ActionColumn, List, LocalDate, String[])}, {@linkplain Foreground#yieldToUi() yielding} to
	 * the UI thread between its steps (none when {@code foreground} is null).
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static int[] ranks(ActionColumn column, List<Action> actions, LocalDate today, String[] folded,
			Foreground foreground) {
		int n = actions.size();
		Comparable<?>[] keys = new Comparable<?>[n];
		boolean strings = true;
		boolean integers = true;
		boolean dates = true;
		boolean text = column.kind() == ActionColumn.Kind.TEXT;
		for (int i = 0; i < n; i++) {
			checkpoint(foreground, i);
			// a text column's key is its folded text (see key): no need to ask the action again
			Comparable<?> key = text ? (folded[i].isEmpty() ? null : folded[i]) : key(column, actions.get(i), today, folded[i]);
			keys[i] = key;
			if (key != null) {
				strings &= key instanceof String;
				integers &= key instanceof Integer;
				dates &= key instanceof LocalDate date && date.toEpochDay() == (int) date.toEpochDay();
			}
		}
		if (strings) {
			return stringRanks(keys, foreground);
		}
		if (integers || dates) {
			return intRanks(keys);
		}
		Keyed[] keyed = new Keyed[n];
		for (int i = 0; i < n; i++) {
			keyed[i] = new Keyed(keys[i], i);
		}
		Arrays.sort(keyed, (a, b) -> {
			if (a.key == null || b.key == null) {
				return a.key == b.key ? 0 : a.key == null ? 1 : -1;
			}
			return ((Comparable) a.key).compareTo(b.key);
		});
		int[] ranks = new int[n];
		int rank = 0;
		for (int i = 0; i < n; i++) {
			if (i > 0 && !same(keyed[i - 1].key, keyed[i].key)) {
				rank++;
			}
			ranks[keyed[i].order] = keyed[i].key == null ? Integer.MAX_VALUE : rank;
		}
		return ranks;
	}

	/**
	 * Ranks of whole numbers and dates (every key an {@code Integer}, or every key a {@code LocalDate} whose
	 * day fits an int): an {@code Arrays.sort} of longs packing the value and the index, no comparator.
	 */
	private static int[] intRanks(Comparable<?>[] keys) {
		int n = keys.length;
		long[] packed = new long[n];
		int filled = 0;
		int[] ranks = new int[n];
		for (int i = 0; i < n; i++) {
			Comparable<?> key = keys[i];
			if (key == null) {
				ranks[i] = Integer.MAX_VALUE;
			} else {
				long value = key instanceof Integer number ? number : ((LocalDate) key).toEpochDay();
				packed[filled++] = value << 32 | i;
			}
		}
		Arrays.sort(packed, 0, filled);
		int rank = 0;
		for (int i = 0; i < filled; i++) {
			if (i > 0 && packed[i - 1] >> 32 != packed[i] >> 32) {
				rank++;
			}
			ranks[(int) packed[i]] = rank;
		}
		return ranks;
	}

	/**
	 * Ranks of texts (every key a String): the indices sorted by a merge sort that compares the strings
	 * directly (no key objects, no comparator), then equal neighbours given equal ranks.
	 */
	private static int[] stringRanks(Comparable<?>[] keys, Foreground foreground) {
		int n = keys.length;
		String[] texts = new String[n];
		int[] order = new int[n];
		int[] ranks = new int[n];
		int filled = 0;
		for (int i = 0; i < n; i++) {
			if (keys[i] == null) {
				ranks[i] = Integer.MAX_VALUE;
			} else {
				texts[i] = (String) keys[i];
				order[filled++] = i;
			}
		}
		int[] sorted = mergeSort(order, new int[filled], filled, texts, foreground);
		int rank = 0;
		for (int i = 0; i < filled; i++) {
			if (i > 0 && !texts[sorted[i - 1]].equals(texts[sorted[i]])) {
				rank++;
			}
			ranks[sorted[i]] = rank;
		}
		return ranks;
	}

	/**
	 * Sorts the first {@code n} indices of {@code a} by their texts; returns the array that holds the result. Background
	 * work yields to the UI thread between the passes.
	 */
	private static int[] mergeSort(int[] a, int[] b, int n, String[] texts, Foreground foreground) {
		final int run = 16;
		for (int start = 0; start < n; start += run) {
			int end = Math.min(start + run, n);
			for (int i = start + 1; i < end; i++) {
				int index = a[i];
				String text = texts[index];
				int j = i - 1;
				while (j >= start && texts[a[j]].compareTo(text) > 0) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = index;
			}
		}
		int[] from = a;
		int[] to = b;
		for (int width = run; width < n; width *= 2) {
			checkpoint(foreground, 0);
			for (int left = 0; left < n; left += 2 * width) {
				int middle = Math.min(left + width, n);
				int right = Math.min(left + 2 * width, n);
				int i = left;
				int j = middle;
				int k = left;
				if (middle < right && texts[from[middle - 1]].compareTo(texts[from[middle]]) <= 0) {
					System.arraycopy(from, left, to, left, right - left);
					continue;
				}
				while (i < middle && j < right) {
					to[k++] = texts[from[j]].compareTo(texts[from[i]]) < 0 ? from[j++] : from[i++];
				}
				System.arraycopy(from, i, to, k, middle - i);
				System.arraycopy(from, j, to, k + middle - i, right - j);
			}
			int[] swap = from;
			from = to;
			to = swap;
		}
		return from;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static boolean same(Comparable a, Comparable b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** A key and the index of its action. */
	private record Keyed(Comparable<?> key, int order) {
	}
}
