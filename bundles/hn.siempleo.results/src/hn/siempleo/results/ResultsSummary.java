// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Workspace;

/**
 * The figures of the results section of the dashboard: each results indicator (with measurements or period
 * targets) in its latest period that has started by {@code today} and has a national value, counted by semáforo.
 *
 * @param lines  each indicator with its period and cell, in the workspace's order
 * @param counts lines per light, indexed by {@link ResultLight#ordinal()}
 */
public record ResultsSummary(List<Line> lines, int[] counts) {

	/** One indicator in its latest measured period. */
	public record Line(Indicator indicator, Period period, Cell cell) {
	}

	/** The summary of a workspace on a day. */
	public static ResultsSummary of(Workspace workspace, LocalDate today) {
		List<Line> lines = new ArrayList<>();
		int[] counts = new int[ResultLight.values().length];
		for (Indicator indicator : workspace.getIndicators()) {
			if (!IndicatorResults.hasResults(indicator)) {
				continue;
			}
			Period latest = null;
			for (Period p : IndicatorResults.periods(indicator)) {
				if (!p.start().isAfter(today) && IndicatorResults.actual(indicator, p, null) != null) {
					latest = p;
				}
			}
			Cell cell = latest == null ? Cell.of(null, null, indicator.getDirection(), false)
					: IndicatorResults.cell(indicator, latest, null);
			lines.add(new Line(indicator, latest, cell));
			counts[cell.light().ordinal()]++;
		}
		return new ResultsSummary(List.copyOf(lines), counts);
	}

	/** How many indicators have this light. */
	public int count(ResultLight light) {
		return counts[light.ordinal()];
	}
}
