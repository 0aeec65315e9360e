// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.util.Locale;

/**
 * Where the choices of a parameter come from when they depend on the model: the service computes them
 * from the open model (see {@link ReportService#choices(ReportParameter, hn.siempleo.model.Workspace)}).
 */
public enum ChoiceSource {
	/** No model-derived choices: the static choices of the contribution, or free input. */
	NONE,
	/** The policy axes, by code. */
	AXES,
	/** The offices, by code. */
	OFFICES,
	/** The budget years of the action plans. */
	BUDGET_YEARS,
	/** The years touched by the actions' dates. */
	YEARS,
	/** The referral periods (years and quarters). */
	PERIODS,
	/** The diagnostics (not counting office scans), by code; the empty value means "its own baseline". */
	DIAGNOSTICS;

	/** The source named in a contribution ({@code "axes"}, {@code "budgetYears"}), NONE when null or unknown. */
	public static ChoiceSource of(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		String wanted = text.strip().replace("_", "").toLowerCase(Locale.ROOT);
		for (ChoiceSource source : values()) {
			if (source.name().replace("_", "").toLowerCase(Locale.ROOT).equals(wanted)) {
				return source;
			}
		}
		return NONE;
	}
}
