// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoFactory;

/** The timeline's geometry, without drawing. */
class TimelineModelTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	@Test
	void onlyPriorityOneAndTwoActionsWithDatesGetBarsOrderedByStart() {
		ActionPlan plan = SiempleoFactory.eINSTANCE.createActionPlan();
		plan.getActions().add(action("B", 2, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31), ActionStatus.IN_PROGRESS));
		plan.getActions().add(action("A", 1, LocalDate.of(2025, 1, 10), LocalDate.of(2025, 5, 31), ActionStatus.IN_PROGRESS));
		plan.getActions().add(action("C", 3, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1), ActionStatus.IN_PROGRESS));
		plan.getActions().add(action("D", 1, null, LocalDate.of(2025, 1, 1), ActionStatus.IN_PROGRESS));
		plan.getActions().add(action("E", 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), ActionStatus.DONE));

		TimelineModel timeline = TimelineModel.of(plan, TODAY);

		assertEquals(List.of("E", "A", "B"), timeline.bars().stream().map(bar -> bar.action().getCode()).toList());
		assertTrue(timeline.bars().get(1).overdue(), "A ended in May and is not done");
		assertFalse(timeline.bars().get(0).overdue(), "E is done");
		assertEquals(YearMonth.of(2025, 1), timeline.firstMonth());
		assertEquals(12, timeline.monthCount());
	}

	@Test
	void daysFallInsideTheirMonthColumn() {
		ActionPlan plan = SiempleoFactory.eINSTANCE.createActionPlan();
		plan.getActions().add(action("A", 1, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), ActionStatus.IN_PROGRESS));
		TimelineModel timeline = TimelineModel.of(plan, TODAY);
		assertEquals(0, timeline.x(LocalDate.of(2025, 1, 1), 62));
		assertEquals(30, timeline.x(LocalDate.of(2025, 1, 16), 62));
		assertEquals(62, timeline.x(LocalDate.of(2025, 2, 1), 62));
		assertEquals(186, timeline.xEnd(LocalDate.of(2025, 3, 31), 62));
		assertEquals(6, timeline.monthCount(), "up to today's month");
	}

	@Test
	void withoutAPlanTheTimelineIsEmpty() {
		assertTrue(TimelineModel.of(null, TODAY).bars().isEmpty());
		assertEquals(1, TimelineModel.of(null, TODAY).monthCount());
	}

	private static Action action(String code, int priority, LocalDate start, LocalDate due, ActionStatus status) {
		Action action = SiempleoFactory.eINSTANCE.createAction();
		action.setCode(code);
		action.setPriority(priority);
		action.setStartDate(start);
		action.setDueDate(due);
		action.setStatus(status);
		return action;
	}
}
