// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EStructuralFeature;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;

/**
 * Per column and per row of the plan (indexed by position in the plan): folded texts and sort ranks, plus
 * the search text, each column computed on first use or {@linkplain #adopt adopted} from a preparation that
 * ran in the background. An edited action updates its own texts at once and drops the ranks of the columns
 * the change touches; ranks turn a sort into an {@code Arrays.sort} of longs. Use on the UI thread.
 */
final class ColumnCache {

	private static final int COLUMNS = ActionColumn.values().length;

	private final Foreground foreground;
	private final String[][] texts = new String[COLUMNS][];
	private final int[][] ranks = new int[COLUMNS][];
	private SearchTexts search;
	private List<Action> actions = List.of();
	private LocalDate day;
	private int version;
	/** Columns being computed on a thread of their own since the rows were set; null once anything changed. */
	private ColumnPrefetch prefetch;
	/** Whether {@link #prefetch} belongs to another cache (this one never cancels it). */
	private boolean borrowed;

	/** A cache whose background work yields to nothing (tests, harnesses). */
	ColumnCache() {
		this(new Foreground());
	}

	/** @param foreground what the background work started from this cache yields to */
	ColumnCache(Foreground foreground) {
		this.foreground = foreground;
	}

	/** Everything computed in the background at once, for {@link ColumnCache#adopt}. */
	record Prepared(LocalDate day, String[][] texts, int[][] ranks, SearchTexts search) {
	}

	/** Starts over for the plan's actions, in plan order. */
	void reset(List<Action> planActions) {
		actions = planActions;
		clear();
	}

	/**
	 * Starts computing the texts and ranks of every column on a thread of its own (see {@link ColumnPrefetch});
	 * a column asked for meanwhile is taken from it. Any change drops it.
	 *
	 * @param afterFirst run on that thread once the first column is computed (null for none)
	 * @param warmUp run on that thread once the first columns are computed, given the prefetch (null for none)
	 */
	void prefetch(LocalDate today, Runnable afterFirst, Consumer<ColumnPrefetch> warmUp) {
		check(today);
		if (prefetch != null) {
			prefetch.cancel();
		}
		prefetch = actions.isEmpty() ? null : new ColumnPrefetch(actions, today, afterFirst, warmUp, foreground).start();
	}

	/**
	 * A cache of its own over the columns of a prefetch (for a warm-up on the prefetch's thread): it takes the
	 * prefetch's columns like the UI thread's cache, never cancels it, and is used by one thread only.
	 */
	static ColumnCache over(ColumnPrefetch prefetch) {
		ColumnCache cache = new ColumnCache(prefetch.foreground());
		cache.actions = prefetch.actions();
		cache.day = prefetch.day();
		cache.prefetch = prefetch;
		cache.borrowed = true;
		return cache;
	}

	/** The prefetch running for the current state, or null. */
	ColumnPrefetch currentPrefetch() {
		return prefetch;
	}

	/** The number of changes so far; a preparation started before a change is not adopted. */
	int version() {
		return version;
	}

	/** The actions, in plan order. */
	List<Action> actions() {
		return actions;
	}

	/** A row's folded text in a column. */
	String text(ActionColumn column, int order, LocalDate today) {
		return texts(column, today)[order];
	}

	/** The ranks of a column, indexed by position in the plan. */
	int[] ranks(ActionColumn column, LocalDate today) {
		check(today);
		int c = column.ordinal();
		if (ranks[c] == null && prefetch != null && (texts[c] == null || prefetch.claimed(column))) {
			takePrefetched(column);
		}
		if (ranks[c] == null) {
			ranks[c] = ColumnValues.ranks(column, actions, today, texts(column, today), foreground);
		}
		return ranks[c];
	}

	/**
	 * For each row (indexed by position in the plan), whether its search text holds every word (folded, without
	 * blanks).
	 */
	boolean[] searchMatches(List<String> words, LocalDate today) {
		return searchTexts(today).matching(words, searchText(today));
	}

	private SearchTexts searchTexts(LocalDate today) {
		check(today);
		if (search == null) {
			// the warm-up's cache makes them on the prefetch's thread: it yields as the prefetch does
			search = SearchTexts.of(actions.size(), searchText(today), foreground);
		}
		return search;
	}

	/** Writes a row's search text from the texts computed so far. */
	private SearchTexts.RowText searchText(LocalDate today) {
		return searchText(actions, texts, today);
	}

	/** Writes a row's search text from {@code texts} (by column, then row; a column may be null: computed). */
	private static SearchTexts.RowText searchText(List<Action> actions, String[][] texts, LocalDate today) {
		return (order, to) -> ColumnValues.appendSearch(to, actions.get(order), order, texts, today);
	}

	/** An action changed a feature (null when unknown): its texts are updated, touched ranks dropped. */
	void rowChanged(int order, EStructuralFeature feature) {
		version++;
		dropPrefetch();
		Action action = actions.get(order);
		for (ActionColumn column : ActionColumn.values()) {
			int c = column.ordinal();
			if (texts[c] != null) {
				texts[c][order] = ColumnValues.folded(column, action, day);
			}
			if (feature == null || column.derived() || column.feature().filter(f -> f == feature).isPresent()) {
				ranks[c] = null;
			}
		}
		if (search != null) {
			search.forget(order);
		}
	}

	/**
	 * Computes everything for some actions; may run on any thread while the model is not changed. Columns
	 * computed (or being computed) by a prefetch of the same actions and day are taken from it. It
	 * {@linkplain Foreground#yieldToUi() yields} to the UI thread's operations (none when {@code foreground} is
	 * null).
	 */
	static Prepared prepare(List<Action> actions, LocalDate today, ColumnPrefetch prefetch, Foreground foreground) {
		String[][] texts = new String[COLUMNS][];
		int[][] ranks = new int[COLUMNS][];
		for (ActionColumn column : ActionColumn.values()) {
			if (prefetch != null && prefetch.day().equals(today)) {
				ColumnPrefetch.Column taken = prefetch.take(column);
				if (taken.texts() != null) {
					texts[column.ordinal()] = taken.texts();
					ranks[column.ordinal()] = taken.ranks();
					continue;
				}
			}
			String[] values = ColumnValues.column(column, actions, today, foreground);
			texts[column.ordinal()] = values;
			ranks[column.ordinal()] = ColumnValues.ranks(column, actions, today, values, foreground);
		}
		SearchTexts search = SearchTexts.of(actions.size(), searchText(actions, texts, today), foreground);
		return new Prepared(today, texts, ranks, search);
	}

	/** Takes over a preparation started at {@code startVersion}, unless something changed since. */
	boolean adopt(Prepared prepared, int startVersion) {
		if (startVersion != version || prepared.search().size() != actions.size()
				|| (day != null && !day.equals(prepared.day()))) {
			return false;
		}
		day = prepared.day();
		for (int c = 0; c < COLUMNS; c++) {
			texts[c] = texts[c] == null ? prepared.texts()[c] : texts[c];
			ranks[c] = ranks[c] == null ? prepared.ranks()[c] : ranks[c];
		}
		search = search == null ? prepared.search() : search;
		return true;
	}

	private String[] texts(ActionColumn column, LocalDate today) {
		check(today);
		int c = column.ordinal();
		if (texts[c] == null && prefetch != null && prefetch.claimed(column)) {
			// being computed or computed: a filter needs only the texts, not to wait for the ranks
			texts[c] = prefetch.takeTexts(column);
		}
		if (texts[c] == null) {
			texts[c] = ColumnValues.column(column, actions, today, foreground);
		}
		return texts[c];
	}

	/** Takes a column's texts and ranks from the prefetch, waiting while it computes them. */
	private void takePrefetched(ActionColumn column) {
		if (prefetch != null) {
			ColumnPrefetch.Column taken = prefetch.take(column);
			if (taken.texts() != null) {
				texts[column.ordinal()] = taken.texts();
				ranks[column.ordinal()] = taken.ranks();
			}
		}
	}

	private void dropPrefetch() {
		if (prefetch != null && !borrowed) {
			prefetch.cancel();
		}
		prefetch = null;
	}

	/** Starts over when the day changed (the semáforo and overdue texts depend on it). */
	void check(LocalDate today) {
		if (!today.equals(day)) {
			clear();
			day = today;
		}
	}

	private void clear() {
		Arrays.fill(texts, null);
		Arrays.fill(ranks, null);
		search = null;
		version++;
		dropPrefetch();
	}
}
