// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import hn.siempleo.model.Action;
import hn.siempleo.model.logic.Definitions;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;

/**
 * Which actions the grid shows: the filter row's cells, the words of the search box (all must appear), the
 * "lo que falta por definir" switch and a filter from outside (the dashboard's), all together.
 */
public final class TrackerQuery {

	private final Map<ActionColumn, String> columnTexts = new EnumMap<>(ActionColumn.class);
	private List<String> words = List.of();
	private boolean incompleteOnly;
	private Predicate<Action> external;
	private int version;

	/** The number of changes to the filters so far. */
	int version() {
		return version;
	}

	/** Whether there is a filter from outside the grid (whose answers may change at any time). */
	boolean hasExternal() {
		return external != null;
	}

	/** Sets what is typed in a column's filter cell; blank removes it. */
	void setColumnText(ActionColumn column, String text) {
		if (text == null || text.isBlank()) {
			columnTexts.remove(column);
		} else {
			columnTexts.put(column, text);
		}
		version++;
	}

	/** Replaces every column filter. */
	void setColumnTexts(Map<ActionColumn, String> texts) {
		columnTexts.clear();
		texts.forEach(this::setColumnText);
		version++;
	}

	/** The search box's text; blank shows everything. */
	public void setSearch(String text) {
		List<String> split = new ArrayList<>();
		for (String word : ActionLabels.fold(text).split("\\s+")) {
			if (!word.isEmpty()) {
				split.add(word);
			}
		}
		words = List.copyOf(split);
		version++;
	}

	/** Whether only actions lacking what their priority requires are shown. */
	public void setIncompleteOnly(boolean incompleteOnly) {
		this.incompleteOnly = incompleteOnly;
		version++;
	}

	/** Whether only incomplete actions are shown. */
	public boolean incompleteOnly() {
		return incompleteOnly;
	}

	/** A filter from outside the grid, or null for none. */
	public void setExternal(Predicate<Action> external) {
		this.external = external;
		version++;
	}

	/** Whether anything at all is filtered. */
	public boolean active() {
		return !columnTexts.isEmpty() || !words.isEmpty() || incompleteOnly || external != null;
	}

	/**
	 * The test a row must pass on {@code today}, with texts from the cache, or null when every row passes: the
	 * filters are read once per pass over the rows, so the pass runs only the tests there are (a sort with nothing
	 * filtered runs none).
	 */
	Predicate<ActionRow> test(LocalDate today, ColumnCache cache) {
		List<Predicate<ActionRow>> prepared = new ArrayList<>();
		if (incompleteOnly) {
			prepared.add(row -> Definitions.isIncomplete(row.action()));
		}
		Predicate<Action> outside = external;
		if (outside != null) {
			prepared.add(row -> outside.test(row.action()));
		}
		columnTexts.forEach((column, text) -> {
			Predicate<ActionRow> test = ColumnFilter.of(column, text, today, cache);
			if (test != null) {
				prepared.add(test);
			}
		});
		List<String> all = words;
		if (!all.isEmpty()) {
			boolean[] matching = cache.searchMatches(all, today);
			prepared.add(row -> matching[row.order()]);
		}
		if (prepared.size() <= 1) {
			return prepared.isEmpty() ? null : prepared.get(0);
		}
		@SuppressWarnings("unchecked")
		Predicate<ActionRow>[] each = prepared.toArray(Predicate[]::new);
		return row -> {
			for (Predicate<ActionRow> test : each) {
				if (!test.test(row)) {
					return false;
				}
			}
			return true;
		};
	}
}
