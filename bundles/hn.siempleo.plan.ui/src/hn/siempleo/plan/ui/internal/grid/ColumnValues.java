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

	private static final ActionColumn[] COLUMNS = ActionColumn.values();

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
	 * kept as they come. Background work {@linkplain Foreground#yieldToUi() yields} to the UI thread every
	 * {@link #CHECKPOINT} rows (none when {@code foreground} is null).
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

	/**
	 * Rows between two checkpoints of background work: at most a millisecond or two of it, also interpreted and for
	 * the costliest rows (a search text, every column's text of an action). At 512, the UI thread's operations right
	 * after opening shared a core with up to 5 ms of background work that had not reached its checkpoint yet
	 * (docs/performance-rounds.md, twenty-fourth round). A power of two.
	 */
	static final int CHECKPOINT = 64;

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

	/**
	 * Appends everything the search box looks at in an action, folded and separated by blanks: its text in each
	 * column ({@code texts[column][order]}, computed when a column has no texts yet), its responsible unit and its
	 * axis's name.
	 */
	static void appendSearch(StringBuilder to, Action action, int order, String[][] texts, LocalDate today) {
		for (ActionColumn column : COLUMNS) {
			String[] known = texts[column.ordinal()];
			to.append(known != null ? known[order] : folded(column, action, today)).append(' ');
		}
		to.append(ActionLabels.fold(action.getResponsibleUnit())).append(' ');
		to.append(ActionLabels.fold(action.getAxis() == null ? null : action.getAxis().getName()));
	}

	/**
	 * The rank of every action's key in a column (equal keys, equal ranks; blanks get
	 * {@link Integer#MAX_VALUE}), indexed like {@code actions}. Background work {@linkplain Foreground#yieldToUi()
	 * yields} to the UI thread between its steps (none when {@code foreground} is null).
	 */
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
			return intRanks(keys, foreground);
		}
		return keyRanks(keys, foreground);
	}

	/**
	 * Ranks of whole numbers and dates (every key an {@code Integer}, or every key a {@code LocalDate} whose day fits an
	 * int). A plan's values lie close together (priorities, statuses, days of a few years): the ranks are then counted
	 * over the range of values, without sorting; values spread wider than four times the rows are sorted packed with
	 * their index in longs.
	 */
	private static int[] intRanks(Comparable<?>[] keys, Foreground foreground) {
		int n = keys.length;
		int[] ranks = new int[n];
		long[] values = new long[n];
		long min = Long.MAX_VALUE;
		long max = Long.MIN_VALUE;
		int filled = 0;
		for (int i = 0; i < n; i++) {
			checkpoint(foreground, i);
			Comparable<?> key = keys[i];
			if (key != null) {
				long value = key instanceof Integer number ? number : ((LocalDate) key).toEpochDay();
				values[i] = value;
				min = Math.min(min, value);
				max = Math.max(max, value);
				filled++;
			}
		}
		if (filled == 0) {
			Arrays.fill(ranks, Integer.MAX_VALUE);
			return ranks;
		}
		if (max - min <= 4L * n + 1024) {
			// rank of a value = how many distinct values lie below it
			int[] below = new int[(int) (max - min) + 1];
			for (int i = 0; i < n; i++) {
				checkpoint(foreground, i);
				if (keys[i] != null) {
					below[(int) (values[i] - min)] = 1;
				}
			}
			int distinct = 0;
			for (int v = 0; v < below.length; v++) {
				checkpoint(foreground, v);
				int present = below[v];
				below[v] = distinct;
				distinct += present;
			}
			for (int i = 0; i < n; i++) {
				checkpoint(foreground, i);
				ranks[i] = keys[i] == null ? Integer.MAX_VALUE : below[(int) (values[i] - min)];
			}
			return ranks;
		}
		long[] packed = new long[filled];
		int at = 0;
		for (int i = 0; i < n; i++) {
			checkpoint(foreground, i);
			if (keys[i] == null) {
				ranks[i] = Integer.MAX_VALUE;
			} else {
				packed[at++] = values[i] << 32 | i;
			}
		}
		Arrays.sort(packed);
		int rank = 0;
		for (int i = 0; i < filled; i++) {
			checkpoint(foreground, i);
			if (i > 0 && packed[i - 1] >> 32 != packed[i] >> 32) {
				rank++;
			}
			ranks[(int) packed[i]] = rank;
		}
		return ranks;
	}

	/**
	 * Ranks of texts (every key a String): the indices sorted by a merge sort that compares the strings
	 * directly (no key objects), then equal neighbours given equal ranks.
	 */
	private static int[] stringRanks(Comparable<?>[] keys, Foreground foreground) {
		String[] texts = new String[keys.length];
		for (int i = 0; i < keys.length; i++) {
			checkpoint(foreground, i);
			texts[i] = (String) keys[i];
		}
		return ranks(keys, (a, b) -> texts[a].compareTo(texts[b]), foreground);
	}

	/** Ranks of other keys (amounts, several kinds at once), in their natural order. */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int[] keyRanks(Comparable<?>[] keys, Foreground foreground) {
		return ranks(keys, (a, b) -> ((Comparable) keys[a]).compareTo(keys[b]), foreground);
	}

	/** Compares two rows by their index. */
	@FunctionalInterface
	private interface IndexOrder {
		int compare(int a, int b);
	}

	/**
	 * The ranks of keys in the order of {@code order} (over the indices of keys not null); blanks get
	 * {@link Integer#MAX_VALUE}.
	 */
	private static int[] ranks(Comparable<?>[] keys, IndexOrder order, Foreground foreground) {
		int n = keys.length;
		int[] indices = new int[n];
		int[] ranks = new int[n];
		int filled = 0;
		for (int i = 0; i < n; i++) {
			checkpoint(foreground, i);
			if (keys[i] == null) {
				ranks[i] = Integer.MAX_VALUE;
			} else {
				indices[filled++] = i;
			}
		}
		int[] sorted = mergeSort(indices, new int[filled], filled, order, foreground);
		int rank = 0;
		for (int i = 0; i < filled; i++) {
			checkpoint(foreground, i);
			if (i > 0 && order.compare(sorted[i - 1], sorted[i]) != 0) {
				rank++;
			}
			ranks[sorted[i]] = rank;
		}
		return ranks;
	}

	/**
	 * Sorts the first {@code n} indices of {@code a} (stable); returns the array that holds the result. Background work
	 * yields to the UI thread every {@link #CHECKPOINT} indices placed, so that a planner's operation never waits for
	 * a whole pass over 100,000 rows.
	 */
	private static int[] mergeSort(int[] a, int[] b, int n, IndexOrder order, Foreground foreground) {
		final int run = 16;
		for (int start = 0; start < n; start += run) {
			checkpoint(foreground, start);
			int end = Math.min(start + run, n);
			for (int i = start + 1; i < end; i++) {
				int index = a[i];
				int j = i - 1;
				while (j >= start && order.compare(a[j], index) > 0) {
					a[j + 1] = a[j];
					j--;
				}
				a[j + 1] = index;
			}
		}
		int[] from = a;
		int[] to = b;
		for (int width = run; width < n; width *= 2) {
			for (int left = 0; left < n; left += 2 * width) {
				checkpoint(foreground, left);
				int middle = Math.min(left + width, n);
				int right = Math.min(left + 2 * width, n);
				if (middle < right && order.compare(from[middle - 1], from[middle]) <= 0) {
					System.arraycopy(from, left, to, left, right - left);
					continue;
				}
				int i = left;
				int j = middle;
				int k = left;
				while (i < middle && j < right) {
					if ((k & (CHECKPOINT - 1)) == 0) {
						checkpoint(foreground, k);
					}
					to[k++] = order.compare(from[j], from[i]) < 0 ? from[j++] : from[i++];
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
}
