// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Aggregation;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.IndicatorTarget;
import hn.siempleo.model.Measurement;
import hn.siempleo.model.Office;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;

/**
 * Read-only queries on the results of indicators: values and targets per period and office, national values
 * computed from the offices, target against actual, the service an indicator belongs to and the actions that
 * move it.
 *
 * <p>A value for (indicator, period, office) is the measurement typed for exactly that key; else, for a period
 * coarser than the indicator's periodicity, the aggregate of its sub-periods; else, for the national value
 * ({@code office == null}), the aggregate of the office values of that period. Aggregation is the indicator's:
 * a sum, or a mean weighted by {@link Measurement#getWeight()} (none counts as 1). Targets follow the same rule,
 * weighted by the weights of the measurements of the same key.
 */
public final class IndicatorResults {

	private IndicatorResults() {
	}

	/** A value with the weight it carries in a weighted mean. */
	private record Observation(double value, double weight, boolean computed) {
	}

	/** The measured value, typed or computed; null when there is none. */
	public static Double actual(Indicator indicator, Period period, Office office) {
		Observation o = observe(indicator, period, office, true);
		return o == null ? null : o.value();
	}

	/** Whether {@link #actual} is computed (from offices or sub-periods) rather than typed. */
	public static boolean isComputed(Indicator indicator, Period period, Office office) {
		Observation o = observe(indicator, period, office, true);
		return o != null && o.computed();
	}

	/** The target, typed or computed; null when there is none. */
	public static Double target(Indicator indicator, Period period, Office office) {
		Observation o = observe(indicator, period, office, false);
		return o == null ? null : o.value();
	}

	/** Target against actual. */
	public static Cell cell(Indicator indicator, Period period, Office office) {
		Observation actual = observe(indicator, period, office, true);
		return Cell.of(target(indicator, period, office), actual == null ? null : actual.value(),
				indicator.getDirection(), actual != null && actual.computed());
	}

	/** The measurement typed for exactly this key, or null. */
	public static Measurement measurement(Indicator indicator, Period period, Office office) {
		for (Measurement m : indicator.getMeasurements()) {
			if (m.getOffice() == office && period.equals(Period.parse(m.getPeriod()))) {
				return m;
			}
		}
		return null;
	}

	/** The target typed for exactly this key, or null. */
	public static IndicatorTarget typedTarget(Indicator indicator, Period period, Office office) {
		for (IndicatorTarget t : indicator.getTargets()) {
			if (t.getOffice() == office && period.equals(Period.parse(t.getPeriod()))) {
				return t;
			}
		}
		return null;
	}

	/** The offices with a measurement or a target of this indicator, in the workspace's order. */
	public static List<Office> offices(Indicator indicator) {
		Set<Office> used = new LinkedHashSet<>();
		indicator.getMeasurements().stream().map(Measurement::getOffice).filter(Objects::nonNull).forEach(used::add);
		indicator.getTargets().stream().map(IndicatorTarget::getOffice).filter(Objects::nonNull).forEach(used::add);
		Workspace w = workspace(indicator);
		if (w == null) {
			return new ArrayList<>(used);
		}
		return w.getOffices().stream().filter(used::contains).toList();
	}

	/** The periods (of the indicator's periodicity) with a measurement or a target, in order. */
	public static List<Period> periods(Indicator indicator) {
		Set<Period> all = new java.util.TreeSet<>();
		indicator.getMeasurements().forEach(m -> add(all, m.getPeriod(), indicator));
		indicator.getTargets().forEach(t -> add(all, t.getPeriod(), indicator));
		return new ArrayList<>(all);
	}

	/** The service the indicator belongs to (listed in its {@code indicators}), or null for a plan indicator. */
	public static Service service(Indicator indicator) {
		Workspace w = workspace(indicator);
		if (w == null) {
			return null;
		}
		return w.getServices().stream().filter(s -> s.getIndicators().contains(indicator)).findFirst().orElse(null);
	}

	/** The actions of every plan that link this indicator, in plan order. */
	public static List<Action> actions(Indicator indicator) {
		Workspace w = workspace(indicator);
		List<Action> out = new ArrayList<>();
		if (w != null) {
			for (ActionPlan plan : w.getPlans()) {
				plan.getActions().stream().filter(a -> a.getIndicators().contains(indicator)).forEach(out::add);
			}
		}
		return out;
	}

	/** The indicator with this code in the workspace, or null. */
	public static Indicator byCode(Workspace workspace, String code) {
		return workspace.getIndicators().stream().filter(i -> code != null && code.equalsIgnoreCase(i.getCode()))
				.findFirst().orElse(null);
	}

	/** Whether the indicator has any measurement or period target (a results indicator, not only a milestone). */
	public static boolean hasResults(Indicator indicator) {
		return !indicator.getMeasurements().isEmpty() || !indicator.getTargets().isEmpty();
	}

	/** The period written in a measurement or target, normalised ("2024-q1" → "2024-T1"), or the text itself. */
	static String normalized(String period) {
		Period p = Period.parse(period);
		return p == null ? period : p.toString();
	}

	private static void add(Set<Period> all, String text, Indicator indicator) {
		Period p = Period.parse(text);
		if (p != null && p.fits(indicator.getPeriodicity())) {
			all.add(p);
		}
	}

	private static Workspace workspace(Indicator indicator) {
		return indicator.eContainer() instanceof Workspace w ? w : null;
	}

	private static Observation observe(Indicator indicator, Period period, Office office, boolean actual) {
		Observation typed = typed(indicator, period, office, actual);
		if (typed != null) {
			return typed;
		}
		List<Observation> parts = new ArrayList<>();
		if (!period.fits(indicator.getPeriodicity())) {
			List<Period> subs = period.split(indicator.getPeriodicity());
			if (subs.isEmpty()) {
				return null; // finer than the indicator's periodicity
			}
			for (Period sub : subs) {
				Observation o = observe(indicator, sub, office, actual);
				if (o != null) {
					parts.add(o);
				}
			}
		} else if (office == null) {
			for (Office o : offices(indicator)) {
				Observation part = typed(indicator, period, o, actual);
				if (part != null) {
					parts.add(part);
				}
			}
		}
		return aggregate(indicator.getAggregation(), parts);
	}

	private static Observation typed(Indicator indicator, Period period, Office office, boolean actual) {
		if (!period.fits(indicator.getPeriodicity())) {
			return null;
		}
		Measurement m = measurement(indicator, period, office);
		if (actual) {
			return m == null ? null : new Observation(m.getValue(), weight(m), false);
		}
		IndicatorTarget t = typedTarget(indicator, period, office);
		return t == null ? null : new Observation(t.getValue(), m == null ? 1.0 : weight(m), false);
	}

	private static double weight(Measurement m) {
		return m.getWeight() == null || m.getWeight() <= 0 ? 1.0 : m.getWeight();
	}

	private static Observation aggregate(Aggregation aggregation, List<Observation> parts) {
		if (parts.isEmpty()) {
			return null;
		}
		double weights = parts.stream().mapToDouble(Observation::weight).sum();
		if (aggregation == Aggregation.WEIGHTED_MEAN) {
			double sum = parts.stream().mapToDouble(o -> o.value() * o.weight()).sum();
			return new Observation(sum / weights, weights, true);
		}
		return new Observation(parts.stream().mapToDouble(Observation::value).sum(), weights, true);
	}
}
