// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.diagnostic.Trend;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Department;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.PlanDimension;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.Term;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.text.Formats;

/** The user's words for the model's enumerations, and Honduran dates and money, for the report data. */
final class Labels {

	private Labels() {
	}

	static String status(ActionStatus status) {
		return hn.siempleo.model.text.Labels.literal(status);
	}

	static String light(TrafficLight light) {
		return hn.siempleo.model.text.Labels.literal(light);
	}

	static String resourceType(ResourceType type) {
		return hn.siempleo.model.text.Labels.literal(type);
	}

	static String planDimension(PlanDimension dimension) {
		return hn.siempleo.model.text.Labels.literal(dimension);
	}

	static String term(Term term) {
		return hn.siempleo.model.text.Labels.literal(term);
	}

	static String officeModel(OfficeModel model) {
		return hn.siempleo.model.text.Labels.literal(model);
	}

	static String outcome(ReferralOutcome outcome) {
		return hn.siempleo.model.text.Labels.literal(outcome);
	}

	/** "1 Inicial": the level's value before its name, so that the scale reads in order; "Sin evaluar" alone. */
	static String maturity(MaturityLevel level) {
		String name = hn.siempleo.model.text.Labels.literal(level);
		return level == MaturityLevel.NOT_ASSESSED ? name : level.getValue() + " " + name;
	}

	/** "Francisco Morazán" from FRANCISCO_MORAZAN. */
	static String department(Department department) {
		return hn.siempleo.model.text.Labels.literal(department);
	}

	/** "+0.50 mejor", "igual", "-0.20 peor", "sin datos". */
	static String trend(Trend trend, double delta) {
		String signed = String.format(Locale.ROOT, "%+.2f", delta);
		return switch (trend) {
		case BETTER -> NLS.bind(Messages.Labels_better, signed);
		case WORSE -> NLS.bind(Messages.Labels_worse, signed);
		case SAME -> Messages.Labels_same;
		case NOT_COMPARABLE -> Messages.Labels_notComparable;
		};
	}

	/** "31/12/2025", or null for no date (the attribute is then left out). */
	static String date(LocalDate date) {
		return date == null ? null : Formats.date(date);
	}

	/** "L 1,250.00"; null for no amount. */
	static String money(BigDecimal amount) {
		return amount == null ? null : Formats.money(amount);
	}

	/** "Marzo de 2024" in the language of the messages; null for no date. */
	static String month(LocalDate date) {
		return date == null ? null : Formats.month(date);
	}

	/** "2024-03", sortable; null for no date. */
	static String monthKey(LocalDate date) {
		return date == null ? null : Formats.monthKey(date);
	}

	static String yesNo(boolean value) {
		return hn.siempleo.model.text.Labels.yesNo(value);
	}
}
