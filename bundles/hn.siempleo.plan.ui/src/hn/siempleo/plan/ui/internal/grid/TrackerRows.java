// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.plan.io.ActionColumn;

/**
 * The rows of the tracker grid: every action of the plan, and the list the grid shows after filtering,
 * sorting and grouping. The shown list is one list instance that is refilled, so the grid's data provider
 * can hold it. Rows listen to their actions; {@link #refreshIfChanged()} brings the list up to date after
 * model changes. Use on the UI thread.
 */
public final class TrackerRows {

	private final List<TrackerRow> visible = new ArrayList<>();
	private final TrackerQuery query = new TrackerQuery();
	private final TrackerSort sort = new TrackerSort();
	private final Set<String> collapsed = new HashSet<>();
	private final Supplier<LocalDate> today;
	private final PlanWatcher planWatcher = new PlanWatcher();
	private final Foreground foreground = new Foreground();
	private final ColumnCache cache = new ColumnCache(foreground);
	private List<ActionRow> all = List.of();
	private List<Action> matched = List.of();
	private ActionPlan plan;
	private GroupBy groupBy = GroupBy.NONE;
	private boolean rowsChanged;
	private boolean structureChanged;
	/** The rows of the last {@link #recompute()}, filtered and sorted, and what they were computed from. */
	private List<ActionRow> ordered = List.of();
	private int[] orderedStamp = {};
	private LocalDate orderedDay;
	/** Changes whenever the matched actions, or a value of theirs, may differ from the previous recompute's. */
	private int matchedVersion;
	private Object[] matchedStamp;
	/** The groups of {@link #group} and what they were computed from (null when any row changed since). */
	private List<ActionRow> groupedFrom;
	private GroupBy groupedBy;
	private Grouping grouping;
	/**
	 * The rows once made, for the warm-up on the prefetch's thread (which starts before they are made): completed on the
	 * UI thread right after making them.
	 */
	private CompletableFuture<List<ActionRow>> rowsMade = CompletableFuture.completedFuture(List.of());
	/** From how many actions the columns are computed on a thread of their own as soon as the rows are set. */
	private int prefetchFrom = 5_000;

	/** @param today gives the day the semáforo and overdue filters are computed for */
	public TrackerRows(Supplier<LocalDate> today) {
		this.today = today;
	}

	/** Shows the actions of a plan (none when null) and recomputes the shown list. */
	public void setPlan(ActionPlan newPlan) {
		if (plan != null) {
			plan.eAdapters().remove(planWatcher);
		}
		all.forEach(row -> row.action().eAdapters().remove(row));
		all = List.of();
		plan = newPlan;
		// the plan's actions in plan order, as createRows numbers the rows: the columns are computed ahead from them
		// while the rows are made, so that the column a sort right after opening needs is ready some 40 ms sooner
		// (making the rows only adds listeners to the actions: nothing the prefetch reads changes)
		rowsMade = new CompletableFuture<>();
		cache.reset(plan == null ? List.of() : List.copyOf(plan.getActions()));
		prefetch();
		if (plan != null) {
			plan.eAdapters().add(planWatcher);
			all = createRows(new IdentityHashMap<>());
		}
		rowsMade.complete(all);
		rowsChanged = false;
		structureChanged = false;
		compute();
	}

	/** Sets from how many actions the columns are computed ahead on a thread of their own (tests use 0). */
	void prefetchFrom(int actions) {
		prefetchFrom = actions;
	}

	/**
	 * Starts computing every column's texts and ranks on a thread of its own, the likely sort columns first,
	 * while the grid is built and painted: a sort right after opening then takes its column from there.
	 */
	private void prefetch() {
		List<Action> actions = cache.actions();
		if (!actions.isEmpty() && actions.size() >= prefetchFrom) {
			CompletableFuture<List<ActionRow>> made = rowsMade;
			cache.prefetch(today.get(), () -> compileLoops(actions, foreground),
					prefetch -> warmUp(made.getNow(null), prefetch));
		}
	}

	/**
	 * Rows of their own over the first actions (none of them listens to its action), numbered by position as the grid's
	 * rows are: for {@link #compileLoops}, which may run before the grid's rows are made.
	 */
	private static List<ActionRow> detachedRows(List<Action> actions, int count) {
		List<ActionRow> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new ActionRow(actions.get(i), i, (row, feature) -> {
				// never attached to its action: never called
			}));
		}
		return rows;
	}

	/**
	 * How many times {@link #compileLoops} runs the loops: enough for their methods' first compilation, also under the
	 * workbench's doubled thresholds (siempleo-jit.options: 400 calls instead of 200).
	 */
	private static final int LOOP_CALLS = 600;

	/**
	 * Has the JIT compile the methods that loop over every row (filtering, the counting sort) before a planner's first
	 * sort or filter, which may come before the {@linkplain #warmUp warm-up}: the first call of a loop over 100,000
	 * rows runs in the interpreter until the loop is compiled on the fly, about 8 ms of a sort right after opening (a
	 * profile). A few hundred calls over a few rows have the methods themselves compiled (with the profiling that the
	 * next compilation uses), in a few milliseconds on the prefetch's thread; too few calls for that next compilation,
	 * which the planner's own rows then inform. Nothing the grid shows is touched. It {@linkplain Foreground#yieldToUi()
	 * yields} to the UI thread's operations between two calls.
	 */
	private static void compileLoops(List<Action> actions, Foreground foreground) {
		List<ActionRow> few = detachedRows(actions, Math.min(actions.size(), 64));
		// ranks by position in the plan, some blank: what is sorted here does not matter
		int[] rank = new int[few.size()];
		for (int i = 0; i < rank.length; i++) {
			rank[i] = i % 5 == 4 ? Integer.MAX_VALUE : i * 7 % 11;
		}
		TrackerQuery query = new TrackerQuery();
		query.setExternal(action -> true);
		TrackerSort plainOrder = new TrackerSort();
		LocalDate day = LocalDate.EPOCH;
		for (int call = 0; call < LOOP_CALLS; call++) {
			foreground.yieldToUi();
			List<ActionRow> matched = filterAndSort(few, query, plainOrder, null, day, null);
			TrackerSort.countingSort(matched, few, rank, call % 2 == 0);
		}
	}

	/**
	 * Runs what a first sort, a first filter and a first grouping run (filtering every row, the counting sort, filing
	 * the rows under their groups with their subtotals) a few times on the prefetch's thread, over a cache of its own
	 * and a query and order of its own, so that the JIT has compiled that code when the planner first sorts, filters or
	 * groups: the first run of code is interpreted, several times slower. The filters are one of each kind: a text
	 * looked for in a column, a number and a date compared, the search box's words. Nothing the grid shows is touched;
	 * the results are thrown away. {@code rows} are the grid's rows, null when not made yet (then there is no warm-up:
	 * it comes after two columns, long after the rows are made).
	 */
	private static void warmUp(List<ActionRow> rows, ColumnPrefetch prefetch) {
		if (rows == null) {
			return;
		}
		Foreground foreground = prefetch.foreground();
		ColumnCache cache = ColumnCache.over(prefetch);
		for (int run = 0; run < 4 && !prefetch.cancelled(); run++) {
			foreground.yieldToUi();
			TrackerQuery query = new TrackerQuery();
			// any filter: what is warmed is the filters' code, not a result
			if (run == 1) {
				query.setColumnText(ActionColumn.RESPONSIBLE, "a");
			} else if (run == 2) {
				// the comparisons, of a number and of a date
				query.setColumnText(ActionColumn.PRIORITY, "<>0");
				query.setColumnText(ActionColumn.DUE, ">=01/01/2000");
			} else if (run == 3) {
				query.setSearch("a");
			}
			TrackerSort sort = new TrackerSort();
			sort.sort(ActionColumn.TITLE, run % 2 == 0 ? SortDirectionEnum.ASC : SortDirectionEnum.DESC, false);
			List<ActionRow> sorted = filterAndSort(rows, query, sort, cache, prefetch.day(), foreground);
			foreground.yieldToUi();
			// one grouping by a single key and one by offices (several keys per action), in turn
			Grouping.of(sorted, run % 2 == 0 ? GroupBy.AXIS : GroupBy.OFFICE, foreground);
		}
	}

	/**
	 * What the background work of these rows (the columns computed ahead, the {@linkplain #preparation()
	 * preparation}) yields to: the grid tells it when an operation's result has been painted.
	 */
	Foreground foreground() {
		return foreground;
	}

	/** The plan shown, or null. */
	public ActionPlan plan() {
		return plan;
	}

	/** The live list the grid shows: action rows, with group headings when grouped. */
	public List<TrackerRow> visible() {
		return visible;
	}

	/** The actions that pass the filters, in the grid's order (without repetitions). */
	public List<Action> matchedActions() {
		return matched;
	}

	/** How many actions the plan has. */
	public int totalCount() {
		return all.size();
	}

	/** The filters. */
	public TrackerQuery query() {
		return query;
	}

	/** The order. */
	public TrackerSort sort() {
		return sort;
	}

	/** The grouping. */
	public GroupBy groupBy() {
		return groupBy;
	}

	/** Groups by another key (all groups expanded) and recomputes. */
	public void setGroupBy(GroupBy groupBy) {
		this.groupBy = groupBy;
		collapsed.clear();
		regroup();
	}

	/** Collapses an expanded group or expands a collapsed one, and recomputes. */
	public void toggle(GroupRow group) {
		if (!collapsed.remove(group.key())) {
			collapsed.add(group.key());
		}
		regroup();
	}

	/**
	 * After model changes: rebuilds the rows when actions were added or removed, forgets every cache when the
	 * change was not to an action (a renamed axis changes their texts), and recomputes the shown list.
	 *
	 * @return whether the caches were emptied (a {@link #preparation()} is then worth running)
	 */
	public boolean refreshIfChanged() {
		if (plan == null) {
			return false;
		}
		boolean emptied = structureChanged || !rowsChanged;
		groupedFrom = null;
		if (structureChanged) {
			Map<Action, ActionRow> old = new IdentityHashMap<>();
			all.forEach(row -> old.put(row.action(), row));
			all = createRows(old);
			old.values().forEach(row -> row.action().eAdapters().remove(row));
			cache.reset(actionsOf(all));
		} else if (!rowsChanged) {
			all.forEach(ActionRow::invalidate);
			cache.reset(actionsOf(all));
		}
		if (emptied) {
			rowsMade = CompletableFuture.completedFuture(all);
			prefetch();
		}
		rowsChanged = false;
		structureChanged = false;
		compute();
		return emptied;
	}

	/**
	 * Work that fills the caches (texts, sort ranks, search texts of every column) off the UI thread: run it
	 * in a job, then {@link #adopt} it on the UI thread. Sorting and filtering are fast from then on; a change
	 * made meanwhile makes the result be ignored.
	 */
	public Preparation preparation() {
		return new Preparation(cache.actions(), today.get(), cache.version(), cache.currentPrefetch(), foreground);
	}

	/** Takes over a preparation that has run; whether it was still current. */
	public boolean adopt(Preparation preparation) {
		return preparation.result != null && cache.adopt(preparation.result, preparation.version);
	}

	/** Work that prepares the caches; {@link #run()} it on any thread, once. */
	public static final class Preparation implements Runnable {
		private final List<Action> actions;
		private final LocalDate day;
		private final int version;
		private final ColumnPrefetch prefetch;
		private final Foreground foreground;
		private volatile ColumnCache.Prepared result;

		private Preparation(List<Action> actions, LocalDate day, int version, ColumnPrefetch prefetch,
				Foreground foreground) {
			this.actions = actions;
			this.day = day;
			this.version = version;
			this.prefetch = prefetch;
			this.foreground = foreground;
		}

		@Override
		public void run() {
			foreground.preparing(true);
			try {
				result = ColumnCache.prepare(actions, day, prefetch, foreground);
			} finally {
				foreground.preparing(false);
			}
		}
	}

	/**
	 * Filters, sorts and groups the rows again into {@link #visible()}, for a planner's operation: the background
	 * work {@linkplain Foreground yields} until the grid has painted the result.
	 */
	public void recompute() {
		foreground.busy();
		compute();
	}

	private void compute() {
		LocalDate day = today.get();
		cache.check(day);
		List<ActionRow> rows = filterAndSort(all, query, sort, cache, day, null);
		matched = new ActionsView(rows);
		ordered = rows;
		orderedDay = day;
		orderedStamp = stamp();
		Object[] matchedFrom = { query.version(), cache.version(), day, plan };
		if (query.hasExternal() || !java.util.Arrays.equals(matchedFrom, matchedStamp)) {
			matchedVersion++;
		}
		matchedStamp = matchedFrom;
		show();
	}

	/**
	 * The rows (every row, in plan order) that pass the query, in the order of the sort; background work passes
	 * what it yields to (null on the UI thread).
	 */
	private static List<ActionRow> filterAndSort(List<ActionRow> all, TrackerQuery query, TrackerSort sort,
			ColumnCache cache, LocalDate day, Foreground foreground) {
		Predicate<ActionRow> test = query.test(day, cache);
		List<ActionRow> rows;
		if (test == null) {
			rows = new ArrayList<>(all);
		} else {
			rows = new ArrayList<>(all.size());
			for (int i = 0; i < all.size(); i++) {
				ColumnValues.checkpoint(foreground, i);
				ActionRow row = all.get(i);
				if (test.test(row)) {
					rows.add(row);
				}
			}
		}
		sort.apply(rows, all, cache, day);
		return rows;
	}

	/**
	 * A number that changes whenever the matched actions, or any value of theirs, may have changed since it was
	 * last read (a new filter, an edit, another plan or day), but not for a new order or grouping: what is
	 * computed from the matched actions alone (the summary) need not be computed again while it stays.
	 */
	public int matchedVersion() {
		return matchedVersion;
	}

	/**
	 * A number that changes whenever any action of the plan, or the plan, may have changed (not for a new
	 * filter, order or grouping): what is computed from every action (the count of incomplete ones) need not be
	 * computed again while it stays.
	 */
	public int actionsVersion() {
		return cache.version();
	}

	/**
	 * Shows the rows grouped anew; filters and order are computed again only when something they depend on
	 * may have changed since the last {@link #recompute()} (rows, filters, order, cache, day, an outside filter).
	 */
	private void regroup() {
		foreground.busy();
		if (rowsChanged || structureChanged || query.hasExternal() || !java.util.Arrays.equals(orderedStamp, stamp())
				|| !today.get().equals(orderedDay)) {
			recompute();
		} else {
			show();
		}
	}

	/** What the filtered and sorted rows depend on, besides the rows themselves and the day. */
	private int[] stamp() {
		return new int[] { query.version(), sort.version(), cache.version() };
	}

	private void show() {
		visible.clear();
		if (groupBy == GroupBy.NONE) {
			visible.addAll(ordered);
		} else {
			group(ordered);
		}
	}

	/**
	 * Groups the rows into {@link #visible()}. The groups and their subtotals are kept while the rows, their order
	 * and the grouping stay the same, so that folding a group or grouping again shows them without going over
	 * every row again.
	 */
	private void group(List<ActionRow> rows) {
		if (rows != groupedFrom || groupBy != groupedBy) {
			grouping = Grouping.of(rows, groupBy, null);
			groupedFrom = rows;
			groupedBy = groupBy;
		}
		for (GroupBy.Group group : grouping.groups()) {
			Members list = grouping.members().get(group.key());
			boolean closed = collapsed.contains(group.key());
			visible.add(new GroupRow(group.key(), group.code(), group.label(), list.rows.size(), list.cost, closed));
			if (!closed) {
				visible.addAll(list.rows);
			}
		}
	}

	/** Rows filed under the groups of a grouping, with their subtotals, and the groups in their order. */
	private record Grouping(Map<String, Members> members, List<GroupBy.Group> groups) {

		/**
		 * One pass over the rows that files each under its groups and adds its cost there (per-row calls, so that
		 * the JIT compiles them at once), then the groups in their order. Reads the actions only: any thread;
		 * background work passes what it yields to (null on the UI thread).
		 */
		static Grouping of(List<ActionRow> rows, GroupBy by, Foreground foreground) {
			Map<String, Members> members = new HashMap<>();
			for (int i = 0; i < rows.size(); i++) {
				ColumnValues.checkpoint(foreground, i);
				file(members, by, rows.get(i));
			}
			List<GroupBy.Group> groups = new ArrayList<>();
			members.forEach((key, group) -> groups.add(by.group(key, group.rows.get(0).action())));
			groups.sort(GroupBy.ORDER);
			return new Grouping(members, groups);
		}

		private static void file(Map<String, Members> members, GroupBy by, ActionRow row) {
			List<String> keys = by.keysOf(row.action());
			for (int i = 0; i < keys.size(); i++) {
				Members group = members.get(keys.get(i));
				if (group == null) {
					group = new Members();
					members.put(keys.get(i), group);
				}
				group.add(row);
			}
		}
	}

	/** The rows of a group and their total cost. */
	private static final class Members {
		final List<ActionRow> rows = new ArrayList<>();
		BigDecimal cost = BigDecimal.ZERO;

		void add(ActionRow row) {
			rows.add(row);
			BigDecimal rowCost = row.action().getEstimatedCost();
			if (rowCost != null) {
				cost = cost.add(rowCost);
			}
		}
	}

	private List<ActionRow> createRows(Map<Action, ActionRow> reuse) {
		List<ActionRow> rows = new ArrayList<>(plan.getActions().size());
		int order = 0;
		for (Action action : plan.getActions()) {
			ActionRow row = reuse.remove(action);
			if (row == null || row.order() != order) {
				if (row != null) {
					action.eAdapters().remove(row);
				}
				row = new ActionRow(action, order, this::rowChanged);
				action.eAdapters().add(row);
			}
			rows.add(row);
			order++;
		}
		return rows;
	}

	/** An action changed a feature: the cache updates its texts and drops the ranks the change touches. */
	private void rowChanged(ActionRow row, EStructuralFeature feature) {
		rowsChanged = true;
		groupedFrom = null;
		if (row.order() < cache.actions().size() && cache.actions().get(row.order()) == row.action()) {
			cache.rowChanged(row.order(), feature);
		}
	}

	/** The actions of rows, copied: the column cache reads them in its loops over every action. */
	private static List<Action> actionsOf(List<ActionRow> rows) {
		List<Action> actions = new ArrayList<>(rows.size());
		rows.forEach(row -> actions.add(row.action()));
		return Collections.unmodifiableList(actions);
	}

	/**
	 * The actions of rows, as a view: the rows of a recompute are never changed afterwards (the next recompute
	 * makes new ones), so no operation copies the actions of up to every row on the UI thread.
	 */
	private static final class ActionsView extends AbstractList<Action> implements RandomAccess {
		private final List<ActionRow> rows;

		ActionsView(List<ActionRow> rows) {
			this.rows = rows;
		}

		@Override
		public Action get(int index) {
			return rows.get(index).action();
		}

		@Override
		public int size() {
			return rows.size();
		}
	}

	/** Notices actions added to or removed from the plan. */
	private final class PlanWatcher extends AdapterImpl {
		@Override
		public void notifyChanged(Notification notification) {
			if (notification.getFeature() == SiempleoPackage.Literals.ACTION_PLAN__ACTIONS) {
				structureChanged = true;
			}
		}
	}
}
