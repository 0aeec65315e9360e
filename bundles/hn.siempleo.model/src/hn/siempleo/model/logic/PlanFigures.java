// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.TrafficLight;

/**
 * The key figures of an action plan on a given day, computed once for the dashboard, the tracker's summary
 * bar, the reports and the command line. An immutable snapshot: recompute after the plan changes.
 */
public final class PlanFigures {

	/** Label used for actions or costs without an axis or a funding source. */
	public static final String NONE = "";

	private final int actionCount;
	private final Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
	private final Map<Integer, Integer> byPriority = new TreeMap<>();
	private final Map<TrafficLight, Integer> byTrafficLight = new EnumMap<>(TrafficLight.class);
	private final Map<String, Integer> byAxis = new LinkedHashMap<>();
	private final Map<String, BigDecimal> budgetByAxis = new LinkedHashMap<>();
	private final Map<String, BigDecimal> budgetByFundingSource = new TreeMap<>();
	private int overdue;
	private int ownMeansMissingOwnerOrDates;
	private int budgetMissingCost;
	private int ownMeansCount;
	private int budgetCount;
	private BigDecimal budgetTotal = BigDecimal.ZERO;

	private PlanFigures(Collection<Action> actions, LocalDate today) {
		actionCount = actions.size();
		for (ActionStatus status : ActionStatus.VALUES) {
			byStatus.put(status, 0);
		}
		for (TrafficLight light : TrafficLight.VALUES) {
			byTrafficLight.put(light, 0);
		}
		for (Action action : actions) {
			count(action, today);
		}
	}

	/** Figures of a plan on {@code today}. */
	public static PlanFigures of(ActionPlan plan, LocalDate today) {
		return new PlanFigures(plan.getActions(), today);
	}

	/** Figures of any set of actions (a filtered view) on {@code today}. */
	public static PlanFigures of(Collection<Action> actions, LocalDate today) {
		return new PlanFigures(actions, today);
	}

	private void count(Action action, LocalDate today) {
		byStatus.merge(action.getStatus(), 1, Integer::sum);
		byPriority.merge(action.getPriority(), 1, Integer::sum);
		byTrafficLight.merge(Actions.trafficLight(action, today), 1, Integer::sum);
		String axis = axisLabel(action.getAxis());
		byAxis.merge(axis, 1, Integer::sum);
		if (Actions.isOverdue(action, today)) {
			overdue++;
		}
		if (Actions.needsBudget(action.getPriority())) {
			budgetCount++;
			if (!Definitions.hasCost(action)) {
				budgetMissingCost++;
			}
			if (action.getEstimatedCost() != null && action.getStatus() != ActionStatus.CANCELLED) {
				BigDecimal cost = action.getEstimatedCost();
				budgetTotal = budgetTotal.add(cost);
				budgetByAxis.merge(axis, cost, BigDecimal::add);
				String source = action.getFundingSource() == null || action.getFundingSource().isBlank() ? NONE
						: action.getFundingSource().strip();
				budgetByFundingSource.merge(source, cost, BigDecimal::add);
			}
		} else {
			ownMeansCount++;
			if (!Definitions.hasOwner(action) || !Definitions.hasDates(action)) {
				ownMeansMissingOwnerOrDates++;
			}
		}
	}

	private static String axisLabel(PolicyAxis axis) {
		return axis == null || axis.getCode() == null ? NONE : axis.getCode();
	}

	/** Number of actions. */
	public int actionCount() {
		return actionCount;
	}

	/** Actions per status; every status present, zero when none. */
	public Map<ActionStatus, Integer> byStatus() {
		return Map.copyOf(byStatus);
	}

	/** Actions per priority, in priority order. */
	public Map<Integer, Integer> byPriority() {
		return new TreeMap<>(byPriority);
	}

	/** Actions per semáforo state; every state present. */
	public Map<TrafficLight, Integer> byTrafficLight() {
		return Map.copyOf(byTrafficLight);
	}

	/** Actions per axis code, in order of first appearance ({@link #NONE} for actions without axis). */
	public Map<String, Integer> byAxis() {
		return new LinkedHashMap<>(byAxis);
	}

	/** Overdue actions. */
	public int overdue() {
		return overdue;
	}

	/** Actions with priority 1 or 2. */
	public int ownMeansCount() {
		return ownMeansCount;
	}

	/** Actions with priority 3 or 4. */
	public int budgetCount() {
		return budgetCount;
	}

	/** Priority 1-2 actions without a responsible person or without start and due dates. */
	public int ownMeansMissingOwnerOrDates() {
		return ownMeansMissingOwnerOrDates;
	}

	/** Priority 3-4 actions without an estimated cost or a funding source. */
	public int budgetMissingCost() {
		return budgetMissingCost;
	}

	/** Total estimated cost of priority 3-4 actions that are not cancelled, in lempiras. */
	public BigDecimal budgetTotal() {
		return budgetTotal;
	}

	/** {@link #budgetTotal()} per axis code. */
	public Map<String, BigDecimal> budgetByAxis() {
		return new LinkedHashMap<>(budgetByAxis);
	}

	/** {@link #budgetTotal()} per funding source, alphabetically ({@link #NONE} when not given). */
	public Map<String, BigDecimal> budgetByFundingSource() {
		return new TreeMap<>(budgetByFundingSource);
	}
}
