// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.TrafficLight;

/**
 * Derived facts about one action, computed here and nowhere else: the resource type that follows from the
 * priority, whether the action is overdue, its semáforo, and the code of a plan's next action. Pure functions;
 * safe from any thread.
 */
public final class Actions {

	private static final Pattern CODE = Pattern.compile("AC-(\\d+)"); //$NON-NLS-1$

	/** Below this share of the expected progress an action is at risk. */
	public static final double AT_RISK_SHARE = 0.7;

	private Actions() {
	}

	/** Own means for priorities 1 and 2, additional budget for 3 and 4 (and for any other value above 2). */
	public static ResourceType resourceType(Action action) {
		return needsBudget(action.getPriority()) ? ResourceType.ADDITIONAL_BUDGET : ResourceType.OWN_MEANS;
	}

	/** Whether a priority calls for additional budget (3 and 4). */
	public static boolean needsBudget(int priority) {
		return priority >= 3;
	}

	/** Whether the action is finished, either done or cancelled. */
	public static boolean isClosed(Action action) {
		return action.getStatus() == ActionStatus.DONE || action.getStatus() == ActionStatus.CANCELLED;
	}

	/** Whether the due date is before {@code today} and the action is neither done nor cancelled. */
	public static boolean isOverdue(Action action, LocalDate today) {
		return !isClosed(action) && action.getDueDate() != null && action.getDueDate().isBefore(today);
	}

	/**
	 * The semáforo on {@code today}: done when done or cancelled; overdue past the due date; not started when
	 * not started and its start date has not passed; at risk when progress is below {@link #AT_RISK_SHARE}
	 * of the share of the period already elapsed (or when it should have started and has not); else on track.
	 */
	public static TrafficLight trafficLight(Action action, LocalDate today) {
		if (isClosed(action)) {
			return TrafficLight.DONE;
		}
		if (isOverdue(action, today)) {
			return TrafficLight.OVERDUE;
		}
		LocalDate start = action.getStartDate();
		if (action.getStatus() == ActionStatus.NOT_STARTED && action.getProgress() == 0) {
			return start != null && start.isBefore(today) ? TrafficLight.AT_RISK : TrafficLight.NOT_STARTED;
		}
		double expected = expectedProgress(action, today);
		return action.getProgress() < AT_RISK_SHARE * expected ? TrafficLight.AT_RISK : TrafficLight.ON_TRACK;
	}

	/** Progress expected on {@code today} (0-100) if work went evenly from start to due date; 0 without dates. */
	public static double expectedProgress(Action action, LocalDate today) {
		LocalDate start = action.getStartDate();
		LocalDate due = action.getDueDate();
		if (start == null || due == null || !today.isAfter(start)) {
			return 0;
		}
		long total = Math.max(1, ChronoUnit.DAYS.between(start, due));
		long elapsed = Math.min(total, ChronoUnit.DAYS.between(start, today));
		return 100.0 * elapsed / total;
	}

	/**
	 * The code of a new action of a plan: "AC-" and one more than the highest number of the plan's "AC-n" codes, at
	 * least two digits ("AC-84" after "AC-83"; "AC-01" in an empty plan).
	 */
	public static String nextCode(ActionPlan plan) {
		int highest = 0;
		for (Action action : plan.getActions()) {
			Matcher matcher = action.getCode() == null ? null : CODE.matcher(action.getCode().strip());
			if (matcher != null && matcher.matches() && matcher.group(1).length() < 10) {
				highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
			}
		}
		return String.format("AC-%02d", highest + 1); //$NON-NLS-1$
	}
}
