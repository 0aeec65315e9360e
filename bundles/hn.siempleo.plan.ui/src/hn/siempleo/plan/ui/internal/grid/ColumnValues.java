// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

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
		return ActionLabels.fold(column.text(action, today));
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
	@SuppressWarnings({ "unchecked", "rawtypes" })
	static int[] ranks(ActionColumn column, List<Action> actions, LocalDate today, String[] folded) {
		int n = actions.size();
		Keyed[] keyed = new Keyed[n];
		for (int i = 0; i < n; i++) {
			keyed[i] = new Keyed(key(column, actions.get(i), today, folded[i]), i);
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

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static boolean same(Comparable a, Comparable b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	/** A key and the index of its action. */
	private record Keyed(Comparable<?> key, int order) {
	}
}
