// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.IndicatorTarget;
import hn.siempleo.model.Measurement;
import hn.siempleo.model.Office;
import hn.siempleo.model.text.Formats;

/**
 * The rules of results data: a period must be written in the indicator's periodicity, a value must not be
 * negative (indicators count people, vacancies, firms, days or percentages), and there is at most one
 * measurement and one target per indicator, period and office.
 */
public final class ResultsValidation {

	private ResultsValidation() {
	}

	/** What is wrong with a value about to be entered for (indicator, period text, office); null when it is fine. */
	public static String checkEntry(Indicator indicator, String periodText, Office office, Double value) {
		String period = checkPeriod(indicator, periodText);
		if (period != null) {
			return period;
		}
		if (value == null || value.isNaN() || value.isInfinite()) {
			return Messages.ResultsValidation_noValue;
		}
		if (value < 0) {
			return NLS.bind(Messages.ResultsValidation_negative, format(value));
		}
		return null;
	}

	/** What is wrong with a period text for this indicator; null when it is one of its periods. */
	public static String checkPeriod(Indicator indicator, String periodText) {
		Period period = Period.parse(periodText);
		if (period == null) {
			return NLS.bind(Messages.ResultsValidation_badPeriod, periodText == null ? "" : periodText); //$NON-NLS-1$
		}
		if (!period.fits(indicator.getPeriodicity())) {
			return NLS.bind(Messages.ResultsValidation_outsidePeriodicity, period, periodicityLabel(indicator));
		}
		return null;
	}

	/** Every finding on the measurements and targets of an indicator. */
	public static List<ResultProblem> check(Indicator indicator) {
		List<ResultProblem> out = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (Measurement m : indicator.getMeasurements()) {
			String problem = checkEntry(indicator, m.getPeriod(), m.getOffice(), m.getValue());
			if (problem != null) {
				out.add(new ResultProblem(m, NLS.bind(Messages.ResultsValidation_inIndicator, indicator.getCode(), problem)));
			}
			if (!seen.add(IndicatorResults.normalized(m.getPeriod()) + '|' + key(m.getOffice()))) {
				out.add(new ResultProblem(m, NLS.bind(Messages.ResultsValidation_duplicate,
						new Object[] { indicator.getCode(), m.getPeriod(), officeLabel(m.getOffice()) })));
			}
		}
		Set<String> targets = new HashSet<>();
		for (IndicatorTarget t : indicator.getTargets()) {
			String problem = checkEntry(indicator, t.getPeriod(), t.getOffice(), t.getValue());
			if (problem != null) {
				out.add(new ResultProblem(t, NLS.bind(Messages.ResultsValidation_inIndicator, indicator.getCode(), problem)));
			}
			if (!targets.add(IndicatorResults.normalized(t.getPeriod()) + '|' + key(t.getOffice()))) {
				out.add(new ResultProblem(t, NLS.bind(Messages.ResultsValidation_duplicateTarget,
						new Object[] { indicator.getCode(), t.getPeriod(), officeLabel(t.getOffice()) })));
			}
		}
		return out;
	}

	/** "Nacional" or the office's name. */
	public static String officeLabel(Office office) {
		return office == null ? Messages.Results_national : office.getName();
	}

	/** "trimestral", "mensual", "anual". */
	public static String periodicityLabel(Indicator indicator) {
		return switch (indicator.getPeriodicity()) {
		case MONTHLY -> Messages.Periodicity_monthly;
		case QUARTERLY -> Messages.Periodicity_quarterly;
		case YEARLY -> Messages.Periodicity_yearly;
		};
	}

	private static String key(Office office) {
		return office == null ? "" : office.getId(); //$NON-NLS-1$
	}

	private static String format(double value) {
		return Formats.number(value);
	}
}
