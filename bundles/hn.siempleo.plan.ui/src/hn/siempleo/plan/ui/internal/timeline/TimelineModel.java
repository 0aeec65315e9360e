// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.timeline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.logic.Actions;

/**
 * What the timeline draws, computed apart from drawing: one bar per priority 1-2 action that has a start
 * and a due date, ordered by start; the months from the first start to the last due date (today included);
 * and where a day falls in pixels. Immutable.
 */
final class TimelineModel {

	/** One action's bar. */
	record Bar(Action action, LocalDate start, LocalDate due, TrafficLight light, boolean overdue) {
	}

	private final List<Bar> bars;
	private final YearMonth first;
	private final YearMonth last;
	private final LocalDate today;

	private TimelineModel(List<Bar> bars, YearMonth first, YearMonth last, LocalDate today) {
		this.bars = bars;
		this.first = first;
		this.last = last;
		this.today = today;
	}

	/** The timeline of a plan (empty without one) on {@code today}. */
	static TimelineModel of(ActionPlan plan, LocalDate today) {
		List<Bar> bars = new ArrayList<>();
		if (plan != null) {
			for (Action action : plan.getActions()) {
				if (!Actions.needsBudget(action.getPriority()) && action.getStartDate() != null
						&& action.getDueDate() != null) {
					LocalDate due = action.getDueDate().isBefore(action.getStartDate()) ? action.getStartDate()
							: action.getDueDate();
					bars.add(new Bar(action, action.getStartDate(), due, Actions.trafficLight(action, today),
							Actions.isOverdue(action, today)));
				}
			}
		}
		bars.sort(Comparator.comparing(Bar::start).thenComparing(Bar::due)
				.thenComparing(bar -> bar.action().getCode() == null ? "" : bar.action().getCode()));
		YearMonth first = YearMonth.from(today);
		YearMonth last = first;
		for (Bar bar : bars) {
			YearMonth start = YearMonth.from(bar.start());
			YearMonth end = YearMonth.from(bar.due());
			first = start.isBefore(first) ? start : first;
			last = end.isAfter(last) ? end : last;
		}
		return new TimelineModel(List.copyOf(bars), first, last, today);
	}

	/** The bars, top to bottom. */
	List<Bar> bars() {
		return bars;
	}

	/** The first month shown. */
	YearMonth firstMonth() {
		return first;
	}

	/** How many months are shown. */
	int monthCount() {
		return (int) ChronoUnit.MONTHS.between(first, last) + 1;
	}

	/** The day the today line marks. */
	LocalDate today() {
		return today;
	}

	/** The x offset of the start of a day, with months {@code monthWidth} pixels wide. */
	int x(LocalDate day, int monthWidth) {
		YearMonth month = YearMonth.from(day);
		long months = ChronoUnit.MONTHS.between(first, month);
		return (int) (months * monthWidth + (long) (day.getDayOfMonth() - 1) * monthWidth / month.lengthOfMonth());
	}

	/** The x offset of the end of a day. */
	int xEnd(LocalDate day, int monthWidth) {
		return x(day.plusDays(1), monthWidth);
	}
}
