// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.xml.stream.XMLStreamException;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.results.Cell;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.model.text.Formats;
import hn.siempleo.results.ResultLight;

/**
 * The rows of results management (#17): target against actual of every indicator with results, nationally per
 * period ({@code results/result}) and per office and period ({@code officeResults/officeResult}), computed
 * with {@link IndicatorResults} (national values from the offices when not typed).
 */
final class ResultsSection {

	private final XmlOut xml;

	ResultsSection(XmlOut xml) {
		this.xml = xml;
	}

	void write(Workspace model) throws XMLStreamException {
		if (!xml.wants("results") && !xml.wants("officeResults")) {
			return;
		}
		List<Indicator> indicators = model.getIndicators().stream().filter(IndicatorResults::hasResults).toList();
		Map<Indicator, String> actions = xml.wants("results") ? actionCodes(model) : Map.of();
		xml.section("results", () -> {
			for (Indicator indicator : indicators) {
				for (Period period : IndicatorResults.periods(indicator)) {
					Cell cell = IndicatorResults.cell(indicator, period, null);
					if (cell.actual() == null && cell.target() == null) {
						continue;
					}
					row("result", indicator, period, null, cell,
							List.of("actions", actions.getOrDefault(indicator, ""), "computed", cell.computed()));
				}
			}
		});
		xml.section("officeResults", () -> {
			for (Indicator indicator : indicators) {
				for (Office office : IndicatorResults.offices(indicator)) {
					for (Period period : IndicatorResults.periods(indicator)) {
						Cell cell = IndicatorResults.cell(indicator, period, office);
						if (cell.actual() != null || cell.target() != null) {
							row("officeResult", indicator, period, office, cell, List.of());
						}
					}
				}
			}
		});
	}

	/**
	 * The codes of the actions of every plan that link each indicator, in plan order, joined by ", " (what
	 * {@link IndicatorResults#actions} gives, found in one pass over the actions instead of one per row).
	 */
	private static Map<Indicator, String> actionCodes(Workspace model) {
		Map<Indicator, StringJoiner> codes = new HashMap<>();
		for (ActionPlan plan : model.getPlans()) {
			for (Action action : plan.getActions()) {
				action.getIndicators().stream().distinct().forEach(
						indicator -> codes.computeIfAbsent(indicator, key -> new StringJoiner(", ")).add(action.getCode()));
			}
		}
		Map<Indicator, String> joined = new HashMap<>();
		codes.forEach((indicator, joiner) -> joined.put(indicator, joiner.toString()));
		return joined;
	}

	private void row(String element, Indicator indicator, Period period, Office office, Cell cell, List<Object> extra)
			throws XMLStreamException {
		Service service = IndicatorResults.service(indicator);
		ResultLight light = cell.light();
		List<Object> attributes = new ArrayList<>(List.of("office", office == null ? "" : office.getCode(), "officeName",
				office == null ? Messages.ResultsSection_national : office.getName(), "service",
				service == null ? "" : service.getCode(), "serviceName",
				service == null ? Messages.ResultsSection_plan : service.getName(), "indicator", indicator.getCode(),
				"indicatorName", indicator.getName(), "unit", indicator.getUnit() == null ? "" : indicator.getUnit(),
				"period", period.toString(), "periodLabel", period.label(), "year", period.year()));
		attributes.addAll(numbers(cell));
		attributes.addAll(List.of("light", light.name(), "lightLabel", light.label(), "onTarget",
				light == ResultLight.ON_TARGET ? 1 : 0, "nearTarget", light == ResultLight.NEAR_TARGET ? 1 : 0,
				"offTarget", light == ResultLight.OFF_TARGET ? 1 : 0, "noData", light == ResultLight.NO_DATA ? 1 : 0,
				"n", 1));
		attributes.addAll(extra);
		xml.row(element, attributes.toArray());
	}

	private static List<Object> numbers(Cell cell) {
		List<Object> out = new ArrayList<>();
		out.add("target");
		out.add(cell.target());
		out.add("actual");
		out.add(cell.actual());
		out.add("targetLabel");
		out.add(Formats.number(cell.target()));
		out.add("actualLabel");
		out.add(Formats.number(cell.actual()));
		out.add("gapLabel");
		out.add(Formats.signed(cell.gap()));
		out.add("achievementPct");
		out.add(cell.achievement() == null ? null : Math.round(cell.achievement() * 100));
		return out;
	}
}
