// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.TrafficLight;

/**
 * Which actions of a plan a list shows; each figure of the Inicio dashboard opens the action list (the tracker)
 * with the filter that yields the actions it counts; {@code hn.siempleo.model.text.Labels#describe(ActionFilter)}
 * names it for the user. A value: filters of the same kind and value are equal. Create
 * them through the static factories; safe on any thread.
 *
 * @param kind what the filter looks at; never null
 * @param value what it looks for: the priority ({@link Kind#PRIORITY}), the status or semáforo literal
 *            ({@link Kind#STATUS}, {@link Kind#TRAFFIC_LIGHT}), the axis code ({@link Kind#AXIS}, and
 *            {@link Kind#BUDGET} where null means every axis), with {@link PlanFigures#NONE} for actions
 *            without axis; null for the other kinds
 */
public record ActionFilter(Kind kind, String value) {

	/** What a filter looks at. */
	public enum Kind {
		/** Every action. */
		ALL,
		/** Overdue actions ({@link Actions#isOverdue}). */
		OVERDUE,
		/** Priority 1-2 actions without a responsible person or without dates. */
		MISSING_OWNER_OR_DATES,
		/** Priority 3-4 actions without a cost or a funding source. */
		MISSING_COST,
		/** Actions counted in the plan's budget total, optionally of one axis. */
		BUDGET,
		/** Actions of one priority. */
		PRIORITY,
		/** Actions in one status. */
		STATUS,
		/** Actions of one axis. */
		AXIS,
		/** Actions in one semáforo state. */
		TRAFFIC_LIGHT
	}

	/** Checks that the kind is given and that kinds needing a value have one. */
	public ActionFilter {
		Objects.requireNonNull(kind, "kind");
		if (value == null && (kind == Kind.PRIORITY || kind == Kind.STATUS || kind == Kind.AXIS
				|| kind == Kind.TRAFFIC_LIGHT)) {
			throw new IllegalArgumentException(kind + " needs a value");
		}
	}

	/** Every action. */
	public static ActionFilter all() {
		return new ActionFilter(Kind.ALL, null);
	}

	/** Overdue actions. */
	public static ActionFilter overdue() {
		return new ActionFilter(Kind.OVERDUE, null);
	}

	/** Priority 1-2 actions lacking a responsible person or start and due dates. */
	public static ActionFilter missingOwnerOrDates() {
		return new ActionFilter(Kind.MISSING_OWNER_OR_DATES, null);
	}

	/** Priority 3-4 actions lacking an estimated cost or a funding source. */
	public static ActionFilter missingCost() {
		return new ActionFilter(Kind.MISSING_COST, null);
	}

	/**
	 * The actions {@link PlanFigures#budgetTotal()} adds up: priority 3-4, with a cost, not cancelled.
	 *
	 * @param axisCode the axis code, {@link PlanFigures#NONE} for actions without axis, or null for all
	 */
	public static ActionFilter budget(String axisCode) {
		return new ActionFilter(Kind.BUDGET, axisCode);
	}

	/** Actions of one priority. */
	public static ActionFilter priority(int priority) {
		return new ActionFilter(Kind.PRIORITY, Integer.toString(priority));
	}

	/** Actions in one status; {@code status} not null. */
	public static ActionFilter status(ActionStatus status) {
		return new ActionFilter(Kind.STATUS, status.getLiteral());
	}

	/** Actions of one axis; {@code axisCode} is {@link PlanFigures#NONE} for actions without axis. */
	public static ActionFilter axis(String axisCode) {
		return new ActionFilter(Kind.AXIS, axisCode);
	}

	/** Actions in one semáforo state; {@code light} not null. */
	public static ActionFilter trafficLight(TrafficLight light) {
		return new ActionFilter(Kind.TRAFFIC_LIGHT, light.getLiteral());
	}

	/** Whether {@code action} passes the filter on {@code today} (which the date-dependent kinds need). */
	public boolean matches(Action action, LocalDate today) {
		return switch (kind) {
			case ALL -> true;
			case OVERDUE -> Actions.isOverdue(action, today);
			case MISSING_OWNER_OR_DATES -> !Actions.needsBudget(action.getPriority())
					&& (!Definitions.hasOwner(action) || !Definitions.hasDates(action));
			case MISSING_COST -> Actions.needsBudget(action.getPriority()) && !Definitions.hasCost(action);
			case BUDGET -> Actions.needsBudget(action.getPriority()) && action.getEstimatedCost() != null
					&& action.getStatus() != ActionStatus.CANCELLED
					&& (value == null || value.equals(axisCode(action)));
			case PRIORITY -> value.equals(Integer.toString(action.getPriority()));
			case STATUS -> value.equals(action.getStatus().getLiteral());
			case AXIS -> value.equals(axisCode(action));
			case TRAFFIC_LIGHT -> value.equals(Actions.trafficLight(action, today).getLiteral());
		};
	}

	/** {@link #matches} as a predicate for {@code today}. */
	public Predicate<Action> predicate(LocalDate today) {
		return action -> matches(action, today);
	}

	private static String axisCode(Action action) {
		PolicyAxis axis = action.getAxis();
		return axis == null || axis.getCode() == null ? PlanFigures.NONE : axis.getCode();
	}
}
