// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Agreement;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Workspace;
import hn.siempleo.reports.Choice;
import hn.siempleo.reports.ChoiceSource;

/** The choices a model offers for a parameter: axes, offices, years. The empty value ("all") comes first. */
final class ModelChoices {

	private ModelChoices() {
	}

	static List<Choice> of(ChoiceSource source, Workspace model) {
		List<Choice> choices = new ArrayList<>();
		choices.add(new Choice("", Messages.ModelChoices_all));
		switch (source) {
		case AXES -> {
			for (PolicyAxis axis : model.getAxes()) {
				choices.add(new Choice(axis.getCode(), NLS.bind(Messages.ModelChoices_axis, axis.getCode(), axis.getName())));
			}
		}
		case OFFICES -> {
			for (Office office : model.getOffices()) {
				choices.add(new Choice(office.getCode(), office.getCode() + " " + office.getName()));
			}
		}
		case BUDGET_YEARS -> {
			TreeSet<Integer> years = new TreeSet<>();
			model.getPlans().forEach(p -> years.add(p.getBudgetYear()));
			years.forEach(y -> choices.add(new Choice(String.valueOf(y), String.valueOf(y))));
		}
		case YEARS -> years(model).forEach(y -> choices.add(new Choice(String.valueOf(y), String.valueOf(y))));
		case PERIODS -> periods(model).forEach(p -> choices.add(new Choice(p, p)));
		case DIAGNOSTICS -> {
			choices.set(0, new Choice("", Messages.ModelChoices_ownBaseline)); //$NON-NLS-1$
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				if (diagnostic.getCode() != null && !diagnostic.getCode().isBlank()) {
					choices.add(new Choice(diagnostic.getCode(), diagnostic.getCode() + " " + diagnostic.getName())); //$NON-NLS-1$
				}
			}
		}
		case NONE -> choices.clear();
		}
		return choices;
	}

	private static TreeSet<Integer> years(Workspace model) {
		TreeSet<Integer> years = new TreeSet<>();
		for (ActionPlan plan : model.getPlans()) {
			for (Action action : plan.getActions()) {
				LocalDate start = action.getStartDate();
				LocalDate due = action.getDueDate();
				if (start != null && due != null && !due.isBefore(start) && due.getYear() - start.getYear() < 50) {
					for (int year = start.getYear(); year <= due.getYear(); year++) {
						years.add(year);
					}
				}
			}
		}
		return years;
	}

	/** Years first, then their quarters: 2024, 2024-T1 ... */
	private static TreeSet<String> periods(Workspace model) {
		TreeSet<String> periods = new TreeSet<>();
		for (Agreement agreement : model.getAgreements()) {
			for (ReferralRecord record : agreement.getReferrals()) {
				String period = record.getPeriod() == null ? "" : record.getPeriod().strip();
				if (period.length() >= 4) {
					periods.add(period.substring(0, 4));
					periods.add(period);
				}
			}
		}
		return periods;
	}
}
