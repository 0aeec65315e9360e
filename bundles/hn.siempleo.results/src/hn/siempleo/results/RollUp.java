// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;

/**
 * The roll-up action → indicator → service → axis: for each axis of the policy, the indicators its actions should
 * move, grouped by the service they belong to (null: plan indicators), with their national target against
 * actual in a period and the actions linked.
 */
public final class RollUp {

	private RollUp() {
	}

	/** One indicator under an axis: its cell in the period and the axis' actions that move it. */
	public record IndicatorLine(Indicator indicator, Cell cell, List<Action> actions) {
	}

	/** The indicators of one service (null for the plan) under an axis. */
	public record ServiceGroup(Service service, List<IndicatorLine> lines) {

		/** How many of the lines are on target, near, off or without data, indexed by {@link ResultLight#ordinal()}. */
		public int[] lights() {
			int[] counts = new int[ResultLight.values().length];
			lines.forEach(l -> counts[l.cell().light().ordinal()]++);
			return counts;
		}
	}

	/** An axis with its services. */
	public record AxisGroup(PolicyAxis axis, List<ServiceGroup> services) {
	}

	/**
	 * The roll-up of a workspace for a period. An indicator's cell is taken for {@code period} converted to the
	 * indicator's periodicity when it is coarser (a year for a yearly indicator when a quarter is asked).
	 */
	public static List<AxisGroup> of(Workspace workspace, Period period) {
		List<AxisGroup> out = new ArrayList<>();
		for (PolicyAxis axis : workspace.getAxes()) {
			Map<Indicator, List<Action>> moved = new LinkedHashMap<>();
			for (ActionPlan plan : workspace.getPlans()) {
				for (Action action : plan.getActions()) {
					if (action.getAxis() == axis) {
						action.getIndicators().forEach(i -> moved.computeIfAbsent(i, k -> new ArrayList<>()).add(action));
					}
				}
			}
			Map<Service, List<IndicatorLine>> byService = new LinkedHashMap<>();
			workspace.getServices().forEach(s -> byService.put(s, new ArrayList<>()));
			byService.put(null, new ArrayList<>());
			for (Map.Entry<Indicator, List<Action>> e : moved.entrySet()) {
				Indicator indicator = e.getKey();
				Period p = in(period, indicator);
				Cell cell = IndicatorResults.cell(indicator, p, null);
				byService.get(IndicatorResults.service(indicator)).add(new IndicatorLine(indicator, cell, e.getValue()));
			}
			List<ServiceGroup> groups = new ArrayList<>();
			byService.forEach((s, lines) -> {
				if (!lines.isEmpty()) {
					groups.add(new ServiceGroup(s, lines));
				}
			});
			out.add(new AxisGroup(axis, groups));
		}
		return out;
	}

	/** The axes whose actions move an indicator, in the workspace's order. */
	public static List<PolicyAxis> axes(Indicator indicator) {
		Set<PolicyAxis> axes = new LinkedHashSet<>();
		IndicatorResults.actions(indicator).forEach(a -> {
			if (a.getAxis() != null) {
				axes.add(a.getAxis());
			}
		});
		return new ArrayList<>(axes);
	}

	/** The period of the indicator's periodicity to show for {@code period}: itself, or the coarser one containing it. */
	public static Period in(Period period, Indicator indicator) {
		if (period.fits(indicator.getPeriodicity())) {
			return period;
		}
		List<Period> split = period.split(indicator.getPeriodicity());
		if (!split.isEmpty()) {
			return period; // finer periodicity: the coarser period aggregates its sub-periods
		}
		return Period.of(period.start(), indicator.getPeriodicity());
	}
}
