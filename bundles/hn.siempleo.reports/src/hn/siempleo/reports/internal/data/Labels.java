// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Department;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.PlanDimension;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.Term;
import hn.siempleo.model.TrafficLight;

/** The user's words for the model's enumerations, and Honduran dates and money, for the report data. */
final class Labels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Labels() {
	}

	static String status(ActionStatus status) {
		return switch (status) {
		case NOT_STARTED -> Messages.Labels_statusNotStarted;
		case IN_PROGRESS -> Messages.Labels_statusInProgress;
		case DONE -> Messages.Labels_statusDone;
		case CANCELLED -> Messages.Labels_statusCancelled;
		};
	}

	static String light(TrafficLight light) {
		return switch (light) {
		case NOT_STARTED -> Messages.Labels_lightNotStarted;
		case ON_TRACK -> Messages.Labels_lightOnTrack;
		case AT_RISK -> Messages.Labels_lightAtRisk;
		case OVERDUE -> Messages.Labels_lightOverdue;
		case DONE -> Messages.Labels_lightDone;
		};
	}

	static String resourceType(ResourceType type) {
		return type == ResourceType.ADDITIONAL_BUDGET ? Messages.Labels_additionalBudget : Messages.Labels_ownMeans;
	}

	static String planDimension(PlanDimension dimension) {
		if (dimension == null) {
			return "";
		}
		return dimension == PlanDimension.PREPARATION ? Messages.Labels_preparation : Messages.Labels_response;
	}

	static String term(Term term) {
		if (term == null) {
			return "";
		}
		return switch (term) {
		case SHORT -> Messages.Labels_short;
		case MEDIUM -> Messages.Labels_medium;
		case LONG -> Messages.Labels_long;
		};
	}

	static String officeModel(OfficeModel model) {
		return model == OfficeModel.INTEGRATED ? Messages.Labels_integrated : Messages.Labels_traditional;
	}

	static String outcome(ReferralOutcome outcome) {
		return switch (outcome) {
		case ATTENDED -> Messages.Labels_attended;
		case IN_PROCESS -> Messages.Labels_inProcess;
		case NOT_ATTENDED -> Messages.Labels_notAttended;
		};
	}

	static String maturity(MaturityLevel level) {
		return switch (level) {
		case NOT_ASSESSED -> Messages.Labels_notAssessed;
		case INITIAL -> Messages.Labels_initial;
		case DEVELOPING -> Messages.Labels_developing;
		case ESTABLISHED -> Messages.Labels_established;
		case CONSOLIDATED -> Messages.Labels_consolidated;
		};
	}

	/** "Francisco Morazán" from FRANCISCO_MORAZAN; accents from the messages. */
	static String department(Department department) {
		if (department == null) {
			return "";
		}
		try {
			Object value = Messages.class.getField("Department_" + department.getName()).get(null);
			return (String) value;
		} catch (ReflectiveOperationException e) {
			return department.getName();
		}
	}

	/** "31/12/2025", or null for no date (the attribute is then left out). */
	static String date(LocalDate date) {
		return date == null ? null : DATE.format(date);
	}

	/** "L 1,250.00"; null for no amount. */
	static String money(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		return "L " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(amount);
	}

	/** "1,250.5": a measured or target value, at most two decimals. */
	static String number(double value) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
	}

	/** "Marzo de 2024" in the language of the messages; null for no date. */
	static String month(LocalDate date) {
		if (date == null) {
			return null;
		}
		Locale locale = Locale.forLanguageTag(Messages.Labels_locale);
		String text = DateTimeFormatter.ofPattern("es".equals(locale.getLanguage()) ? "MMMM 'de' yyyy" : "MMMM yyyy", locale)
				.format(date);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** "2024-03", sortable; null for no date. */
	static String monthKey(LocalDate date) {
		return date == null ? null : String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
	}

	static String yesNo(boolean value) {
		return value ? Messages.Labels_yes : Messages.Labels_no;
	}
}
