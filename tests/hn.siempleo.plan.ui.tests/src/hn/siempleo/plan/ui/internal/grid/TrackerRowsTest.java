// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;

/** Filtering, sorting on ranks and grouping of the tracker's rows, without a grid. */
class TrackerRowsTest {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private final Workspace workspace = F.createWorkspace();
	private final ActionPlan plan = F.createActionPlan();
	private final TrackerRows rows = new TrackerRows(() -> TODAY);

	TrackerRowsTest() {
		for (int i = 1; i <= 2; i++) {
			PolicyAxis axis = F.createPolicyAxis();
			axis.setCode("EJE" + i);
			workspace.getAxes().add(axis);
			Office office = F.createOffice();
			office.setCode("OF-0" + i);
			workspace.getOffices().add(office);
		}
		workspace.getPlans().add(plan);
		add("AC-1", 3, 0, "Beatriz", "300");
		add("AC-2", 1, 1, null, null);
		add("AC-3", 2, 0, "álvaro", null);
		add("AC-4", 4, 1, "Carlos", "100");
		plan.getActions().get(0).getOffices().addAll(workspace.getOffices());
		plan.getActions().get(2).getOffices().add(workspace.getOffices().get(1));
		rows.setPlan(plan);
	}

	@Test
	void sortsOnRanksWithBlanksLastInBothDirections() {
		rows.sort().sort(ActionColumn.RESPONSIBLE, SortDirectionEnum.ASC, false);
		rows.recompute();
		assertEquals(List.of("AC-3", "AC-1", "AC-4", "AC-2"), codes(), "accents and case do not count");
		rows.sort().sort(ActionColumn.RESPONSIBLE, SortDirectionEnum.DESC, false);
		rows.recompute();
		assertEquals(List.of("AC-4", "AC-1", "AC-3", "AC-2"), codes());
		rows.sort().sort(ActionColumn.AXIS, SortDirectionEnum.ASC, false);
		rows.sort().sort(ActionColumn.PRIORITY, SortDirectionEnum.DESC, true);
		rows.recompute();
		assertEquals(List.of("AC-1", "AC-3", "AC-4", "AC-2"), codes(), "by axis, then priority descending");
	}

	@Test
	void anEditReordersOnTheNextRefresh() {
		rows.sort().sort(ActionColumn.COST, SortDirectionEnum.ASC, false);
		rows.recompute();
		assertEquals(List.of("AC-4", "AC-1", "AC-2", "AC-3"), codes());
		plan.getActions().get(3).setEstimatedCost(new BigDecimal("999"));
		rows.refreshIfChanged();
		assertEquals(List.of("AC-1", "AC-4", "AC-2", "AC-3"), codes());
		Action added = action("AC-5", 3, 0, "Diana", "50");
		plan.getActions().add(added);
		rows.refreshIfChanged();
		assertEquals(List.of("AC-5", "AC-1", "AC-4", "AC-2", "AC-3"), codes());
	}

	@Test
	void filtersCombineAndNumbersCompare() {
		rows.query().setColumnTexts(java.util.Map.of(ActionColumn.PRIORITY, ">=2", ActionColumn.AXIS, "eje1"));
		rows.recompute();
		assertEquals(List.of("AC-1", "AC-3"), codes());
		rows.query().setColumnTexts(java.util.Map.of());
		rows.query().setSearch("ALVARO ac-3");
		rows.recompute();
		assertEquals(List.of("AC-3"), codes());
		rows.query().setSearch("");
		rows.query().setIncompleteOnly(true);
		rows.recompute();
		assertEquals(List.of("AC-2", "AC-3"), codes(), "AC-2 has no responsible, AC-3 no dates");
	}

	/** Every kind of filter at once must pass, each one counts; with none, every row shows and the plan keeps its order. */
	@Test
	void everyFilterAtOnceMustPassAndNoneShowsEveryRow() {
		rows.query().setIncompleteOnly(true);
		rows.query().setExternal(action -> !action.getCode().equals("AC-2"));
		rows.query().setColumnText(ActionColumn.PRIORITY, "<=3");
		rows.query().setSearch("ac");
		rows.recompute();
		assertEquals(List.of("AC-3"), codes());
		rows.query().setSearch("beatriz");
		rows.recompute();
		assertEquals(List.of(), codes(), "the search counts with the others");
		rows.query().setSearch("");
		rows.query().setIncompleteOnly(false);
		rows.recompute();
		assertEquals(List.of("AC-1", "AC-3"), codes(), "AC-2 is left out from outside, AC-4 by its priority");
		rows.query().setExternal(null);
		rows.recompute();
		assertEquals(List.of("AC-1", "AC-2", "AC-3"), codes());
		rows.query().setColumnText(ActionColumn.PRIORITY, "");
		rows.sort().sort(ActionColumn.RESPONSIBLE, SortDirectionEnum.ASC, false);
		rows.recompute();
		assertEquals(List.of("AC-3", "AC-1", "AC-4", "AC-2"), codes(), "nothing filtered: every row, in the order");
		rows.sort().clear();
		rows.recompute();
		assertEquals(List.of("AC-1", "AC-2", "AC-3", "AC-4"), codes(), "the plan's order is untouched by a sort");
	}

	@Test
	void groupsByOfficeWithSubtotalsAndFolds() {
		rows.setGroupBy(GroupBy.OFFICE);
		List<String> shown = rows.visible().stream().map(TrackerRowsTest::text).toList();
		assertEquals(List.of("OF-01 1 300", "AC-1", "OF-02 2 300", "AC-1", "AC-3", "Sin oficina 2 100", "AC-2", "AC-4"),
				shown);
		rows.toggle((GroupRow) rows.visible().get(2));
		assertEquals(6, rows.visible().size());
		assertEquals(4, rows.matchedActions().size(), "an action in two offices counts once");
	}

	/** The shown actions read before a new order and filter stay as they were read: the grid's order then. */
	@Test
	void shownActionsReadBeforeANewOrderStayAsTheyWere() {
		rows.sort().sort(ActionColumn.RESPONSIBLE, SortDirectionEnum.ASC, false);
		rows.recompute();
		List<Action> before = rows.matchedActions();
		assertEquals(List.of("AC-3", "AC-1", "AC-4", "AC-2"), before.stream().map(Action::getCode).toList());
		rows.sort().sort(ActionColumn.RESPONSIBLE, SortDirectionEnum.DESC, false);
		rows.query().setColumnText(ActionColumn.PRIORITY, ">=2");
		rows.recompute();
		assertEquals(List.of("AC-3", "AC-1", "AC-4", "AC-2"), before.stream().map(Action::getCode).toList(),
				"the list read before");
		assertEquals(List.of("AC-4", "AC-1", "AC-3"), rows.matchedActions().stream().map(Action::getCode).toList());
		assertThrows(UnsupportedOperationException.class, () -> rows.matchedActions().set(0, before.get(0)));
	}

	@Test
	void groupingAgainShowsWhatTheFiltersAndOrderSayNow() {
		rows.setGroupBy(GroupBy.AXIS);
		rows.query().setColumnTexts(java.util.Map.of(ActionColumn.PRIORITY, ">=3"));
		rows.setGroupBy(GroupBy.NONE);
		assertEquals(List.of("AC-1", "AC-4"), codes(), "a filter changed since the last recompute applies");
		rows.sort().sort(ActionColumn.PRIORITY, SortDirectionEnum.DESC, false);
		rows.setGroupBy(GroupBy.PRIORITY);
		assertEquals(List.of("AC-4", "AC-1"), codes(), "so does a new order");
		plan.getActions().get(0).setPriority(4);
		plan.getActions().get(3).setPriority(3);
		rows.setGroupBy(GroupBy.NONE);
		assertEquals(List.of("AC-1", "AC-4"), codes(), "and an edit");
	}

	/**
	 * The ranks of texts, whole numbers, dates and amounts: those of a plain sort of the keys, blanks last; with the
	 * dates spread over sixty years (sorted) and over two (counted over their range).
	 */
	@Test
	void ranksAreThoseOfThePlainOrderOfTheKeys() {
		java.util.Random random = new java.util.Random(7);
		checkRanks(random, 60);
		checkRanks(random, 2);
	}

	private static void checkRanks(java.util.Random random, int years) {
		String[] words = { "Capacitar", "capacitar ", "Ñandú", "nandu", "Orientar", "órgano", "zeta", "", " " };
		List<Action> actions = new java.util.ArrayList<>();
		for (int i = 0; i < 1_500; i++) {
			Action action = F.createAction();
			action.setCode("AC-" + random.nextInt(5_000));
			action.setTitle(random.nextInt(20) == 0 ? null
					: words[random.nextInt(words.length)] + " número " + random.nextInt(300));
			action.setResponsiblePerson(words[random.nextInt(words.length)]);
			action.setPriority(random.nextInt(5));
			action.setDueDate(random.nextInt(10) == 0 ? null : LocalDate.of(1950 + random.nextInt(years), 1, 1).plusDays(random.nextInt(365)));
			action.setEstimatedCost(random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(1_000), 1));
			actions.add(action);
		}
		for (ActionColumn column : ActionColumn.values()) {
			String[] folded = new String[actions.size()];
			Comparable<?>[] keys = new Comparable<?>[actions.size()];
			for (int i = 0; i < folded.length; i++) {
				folded[i] = ColumnValues.folded(column, actions.get(i), TODAY);
				keys[i] = ColumnValues.key(column, actions.get(i), TODAY, folded[i]);
			}
			int[] ranks = ColumnValues.ranks(column, actions, TODAY, folded, null);
			for (int i = 0; i < keys.length; i++) {
				for (int j = 0; j < keys.length; j += 7) {
					int a = i;
					int b = j;
					assertEquals(Integer.signum(reference(keys[a], keys[b])), Integer.signum(Integer.compare(ranks[a], ranks[b])),
							() -> column + ": " + keys[a] + " / " + keys[b]);
				}
				if (keys[i] == null) {
					assertEquals(Integer.MAX_VALUE, ranks[i], () -> column + ": a blank");
				}
			}
		}
	}

	/**
	 * Columns computed ahead on a thread of their own as soon as the rows are set: every sort and filter shows
	 * what the same rows computed on demand show, also after an edit made while they were being computed.
	 */
	@Test
	void columnsComputedAheadSortAndFilterLikeOnDemand() {
		java.util.Random random = new java.util.Random(11);
		String[] names = { "Beatriz", "álvaro", "Álvaro", "carlos", "Ñandú", "nandu", null, "  zeta" };
		ActionPlan big = F.createActionPlan();
		workspace.getPlans().add(big);
		for (int i = 0; i < 3_000; i++) {
			Action action = action("AC-" + random.nextInt(10_000), 1 + random.nextInt(4), random.nextInt(2),
					names[random.nextInt(names.length)], random.nextInt(3) == 0 ? null : String.valueOf(random.nextInt(900)));
			action.setTitle(names[random.nextInt(names.length)] + " " + random.nextInt(500));
			big.getActions().add(action);
		}
		TrackerRows ahead = new TrackerRows(() -> TODAY);
		ahead.prefetchFrom(0);
		ahead.setPlan(big);
		TrackerRows onDemand = new TrackerRows(() -> TODAY);
		onDemand.prefetchFrom(Integer.MAX_VALUE);
		onDemand.setPlan(big);
		TrackerRows filteredFirst = new TrackerRows(() -> TODAY);
		filteredFirst.prefetchFrom(0);
		filteredFirst.setPlan(big);
		for (ActionColumn column : List.of(ActionColumn.TITLE, ActionColumn.RESPONSIBLE, ActionColumn.FUNDING)) {
			filteredFirst.query().setColumnText(column, "alvaro");
			filteredFirst.recompute();
			onDemand.query().setColumnText(column, "alvaro");
			onDemand.recompute();
			assertEquals(onDemand.matchedActions(), filteredFirst.matchedActions(), () -> "filtered first: " + column);
			filteredFirst.query().setColumnText(column, "");
			onDemand.query().setColumnText(column, "");
			assertEquals(sorted(onDemand, column, SortDirectionEnum.DESC), sorted(filteredFirst, column, SortDirectionEnum.DESC),
					() -> "sorted after a filter: " + column);
		}
		filteredFirst.setPlan(null);
		onDemand.sort().clear();
		for (ActionColumn column : ActionColumn.values()) {
			for (SortDirectionEnum direction : List.of(SortDirectionEnum.ASC, SortDirectionEnum.DESC)) {
				assertEquals(sorted(onDemand, column, direction), sorted(ahead, column, direction),
						() -> column + " " + direction);
			}
		}
		// the prefetch's warm-up also groups its own rows (by axis, by office): what is shown is grouped the same
		for (GroupBy by : List.of(GroupBy.AXIS, GroupBy.OFFICE, GroupBy.PRIORITY, GroupBy.NONE)) {
			ahead.setGroupBy(by);
			onDemand.setGroupBy(by);
			assertEquals(shown(onDemand), shown(ahead), by::toString);
		}
		ahead.query().setColumnText(ActionColumn.RESPONSIBLE, "alvaro");
		ahead.recompute();
		onDemand.query().setColumnText(ActionColumn.RESPONSIBLE, "alvaro");
		onDemand.recompute();
		assertEquals(onDemand.matchedActions(), ahead.matchedActions());
		assertEquals(false, ahead.matchedActions().isEmpty());
		TrackerRows.Preparation preparation = ahead.preparation();
		preparation.run();
		assertEquals(true, ahead.adopt(preparation), "the preparation takes the columns computed ahead");
		ahead.query().setColumnText(ActionColumn.RESPONSIBLE, "");
		onDemand.query().setColumnText(ActionColumn.RESPONSIBLE, "");
		big.getActions().get(10).setResponsiblePerson("Aaron");
		big.getActions().get(20).setTitle("  Ábaco");
		ahead.refreshIfChanged();
		onDemand.refreshIfChanged();
		assertEquals(big.getActions().get(10), sorted(ahead, ActionColumn.RESPONSIBLE, SortDirectionEnum.ASC).get(0),
				"an edit made after the columns were computed counts");
		assertEquals(big.getActions().get(20), sorted(ahead, ActionColumn.TITLE, SortDirectionEnum.ASC).get(0));
		for (ActionColumn column : ActionColumn.values()) {
			assertEquals(sorted(onDemand, column, SortDirectionEnum.ASC), sorted(ahead, column, SortDirectionEnum.ASC),
					() -> column + " after an edit");
		}
		// the search box: the prepared texts, then an edit after they were made
		for (String words : List.of("aaron", "abaco ac-", "alvaro 4", "nandu", "eje2 zeta")) {
			ahead.query().setSearch(words);
			ahead.recompute();
			onDemand.query().setSearch(words);
			onDemand.recompute();
			assertEquals(onDemand.matchedActions(), ahead.matchedActions(), words);
		}
		ahead.query().setSearch("abaco");
		ahead.recompute();
		assertEquals(List.of(big.getActions().get(20)), ahead.matchedActions());
		big.getActions().get(20).setTitle("Ébano");
		ahead.refreshIfChanged();
		ahead.query().setSearch("abaco");
		ahead.recompute();
		assertEquals(List.of(), ahead.matchedActions(), "the search looks in the text as edited");
		ahead.query().setSearch("ebano ac-");
		ahead.recompute();
		assertEquals(List.of(big.getActions().get(20)), ahead.matchedActions());
		ahead.setPlan(null);
		onDemand.setPlan(null);
	}

	/**
	 * The warm-up's cache over a prefetch takes its columns without computing them again and never stops it, even
	 * when it starts over (another day); the prefetch's own columns stay as computed.
	 */
	@Test
	void aCacheOverAPrefetchNeverStopsIt() {
		ActionPlan big = F.createActionPlan();
		workspace.getPlans().add(big);
		for (int i = 0; i < 200; i++) {
			big.getActions().add(action("AC-" + (1000 - i), 1 + i % 4, i % 2, "Persona " + i % 7, null));
		}
		List<Action> actions = List.copyOf(big.getActions());
		ColumnPrefetch prefetch = new ColumnPrefetch(actions, TODAY, null, null, new Foreground());
		prefetch.run();
		ColumnCache over = ColumnCache.over(prefetch);
		int[] ranks = over.ranks(ActionColumn.CODE, TODAY);
		assertEquals(true, ranks == prefetch.take(ActionColumn.CODE).ranks(), "the prefetch's ranks, not computed again");
		assertEquals(ActionLabels.fold("Persona 3"), over.text(ActionColumn.RESPONSIBLE, 3, TODAY));
		over.check(TODAY.plusDays(1));
		assertEquals(false, prefetch.cancelled(), "a cache over a prefetch does not stop it");
		assertEquals(true, ranks == prefetch.take(ActionColumn.CODE).ranks());
	}

	/**
	 * What runs once the first column is computed (the loops' compilation) runs after that column and before the next:
	 * a sort right after opening most likely needs that column, and it comes first.
	 */
	@Test
	void whatRunsAfterTheFirstColumnFindsItComputedAndTheNextNotBegun() {
		ActionPlan big = F.createActionPlan();
		workspace.getPlans().add(big);
		for (int i = 0; i < 50; i++) {
			big.getActions().add(action("AC-" + i, 1 + i % 4, i % 2, "Persona " + i % 7, null));
		}
		ColumnPrefetch[] prefetch = new ColumnPrefetch[1];
		List<String> seen = new ArrayList<>();
		prefetch[0] = new ColumnPrefetch(List.copyOf(big.getActions()), TODAY, () -> {
			seen.add("first claimed " + prefetch[0].claimed(ColumnPrefetch.ORDER.get(0)));
			seen.add("first texts " + (prefetch[0].takeTexts(ColumnPrefetch.ORDER.get(0)) != null));
			seen.add("second claimed " + prefetch[0].claimed(ColumnPrefetch.ORDER.get(1)));
		}, null, new Foreground());
		prefetch[0].run();
		assertEquals(List.of("first claimed true", "first texts true", "second claimed false"), seen);
		assertEquals(true, prefetch[0].claimed(ColumnPrefetch.ORDER.get(1)), "the columns go on afterwards");
	}

	/** The summary is computed again when the matched actions or their values may differ, not for an order. */
	@Test
	void theMatchedVersionChangesWithFiltersAndEditsButNotWithAnOrder() {
		int matched = rows.matchedVersion();
		int actions = rows.actionsVersion();
		rows.sort().sort(ActionColumn.TITLE, SortDirectionEnum.ASC, false);
		rows.recompute();
		rows.setGroupBy(GroupBy.AXIS);
		rows.toggle((GroupRow) rows.visible().get(0));
		assertEquals(matched, rows.matchedVersion(), "a new order or grouping");
		assertEquals(actions, rows.actionsVersion());
		rows.query().setColumnText(ActionColumn.PRIORITY, ">=3");
		rows.recompute();
		assertNotEquals(matched, rows.matchedVersion(), "a new filter");
		assertEquals(actions, rows.actionsVersion(), "a filter changes no action");
		matched = rows.matchedVersion();
		plan.getActions().get(3).setStatus(hn.siempleo.model.ActionStatus.DONE);
		rows.refreshIfChanged();
		assertNotEquals(matched, rows.matchedVersion(), "an edit");
		assertNotEquals(actions, rows.actionsVersion());
		matched = rows.matchedVersion();
		rows.query().setExternal(action -> true);
		rows.recompute();
		int external = rows.matchedVersion();
		rows.recompute();
		assertNotEquals(matched, external);
		assertNotEquals(external, rows.matchedVersion(), "an outside filter may answer otherwise at any time");
	}

	/** Grouping again or folding a group reuses the groups, but never after an edit or a new filter. */
	@Test
	void groupsAreKeptOnlyWhileNothingChanged() {
		rows.setGroupBy(GroupBy.OFFICE);
		rows.setGroupBy(GroupBy.NONE);
		rows.setGroupBy(GroupBy.OFFICE);
		assertEquals("OF-02 2 300", text(rows.visible().get(2)));
		plan.getActions().get(2).setEstimatedCost(new BigDecimal("50"));
		rows.toggle((GroupRow) rows.visible().get(0));
		assertEquals("OF-02 2 350", text(rows.visible().get(1)), "a cost edited since counts in the subtotal");
		plan.getActions().get(2).getOffices().clear();
		rows.refreshIfChanged();
		assertEquals(List.of("OF-01 1 300", "OF-02 1 300", "AC-1", "Sin oficina 3 150", "AC-2", "AC-3", "AC-4"),
				rows.visible().stream().map(TrackerRowsTest::text).toList(), "an office removed since counts");
		rows.query().setColumnText(ActionColumn.PRIORITY, ">=3");
		rows.setGroupBy(GroupBy.OFFICE);
		assertEquals(List.of("OF-01 1 300", "AC-1", "OF-02 1 300", "AC-1", "Sin oficina 1 100", "AC-4"),
				rows.visible().stream().map(TrackerRowsTest::text).toList(), "a filter set since counts");
	}

	private static List<Action> sorted(TrackerRows shown, ActionColumn column, SortDirectionEnum direction) {
		shown.sort().sort(column, direction, false);
		shown.recompute();
		return shown.matchedActions();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static int reference(Comparable a, Comparable b) {
		return a == null || b == null ? (a == b ? 0 : a == null ? 1 : -1) : a.compareTo(b);
	}

	private static String text(TrackerRow row) {
		return switch (row) {
			case ActionRow action -> action.action().getCode();
			case GroupRow group -> group.code() + " " + group.count() + " " + group.cost().toPlainString();
		};
	}

	private List<String> codes() {
		return rows.matchedActions().stream().map(Action::getCode).toList();
	}

	private void add(String code, int priority, int axis, String owner, String cost) {
		plan.getActions().add(action(code, priority, axis, owner, cost));
	}

	/** The shown list with each action row as its action (rows of two TrackerRows are different objects). */
	private static List<Object> shown(TrackerRows rows) {
		return rows.visible().stream().map(row -> row instanceof ActionRow action ? (Object) action.action() : row).toList();
	}

	private Action action(String code, int priority, int axis, String owner, String cost) {
		Action action = F.createAction();
		action.setCode(code);
		action.setPriority(priority);
		action.setAxis(workspace.getAxes().get(axis));
		action.setResponsiblePerson(owner);
		action.setEstimatedCost(cost == null ? null : new BigDecimal(cost));
		action.setFundingSource(cost == null ? null : "Fondos");
		if (!code.equals("AC-3")) {
			action.setStartDate(LocalDate.of(2025, 1, 1));
			action.setDueDate(LocalDate.of(2025, 12, 31));
		}
		return action;
	}
}
