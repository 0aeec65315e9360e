// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The validation rules of the model. Each has a stable id (shown by the command line and usable in
 * filters), a severity and a code used as the {@link Diagnostic#getCode()} of its findings.
 */
public enum Rule {
	/** Priority 1-2 actions need a responsible person. */
	ACTION_OWNER("action.owner", Diagnostic.WARNING),
	/** Priority 1-2 actions need start and due dates. */
	ACTION_DATES("action.dates", Diagnostic.WARNING),
	/** Priority 3-4 actions need an estimated cost and a funding source. */
	ACTION_COST("action.cost", Diagnostic.WARNING),
	/** The due date is not before the start date. */
	ACTION_DATE_ORDER("action.dateOrder", Diagnostic.ERROR),
	/** Progress is between 0 and 100. */
	ACTION_PROGRESS_RANGE("action.progressRange", Diagnostic.ERROR),
	/** Progress is 100 exactly when the action is done. */
	ACTION_PROGRESS_DONE("action.progressDone", Diagnostic.ERROR),
	/** Priority is 1, 2, 3 or 4. */
	ACTION_PRIORITY("action.priority", Diagnostic.ERROR),
	/** Every action belongs to an axis of the Employment Policy. */
	ACTION_AXIS("action.axis", Diagnostic.ERROR),
	/** The assessment an action answers belongs to the action's dimension. */
	ACTION_ORIGIN_DIMENSION("action.originDimension", Diagnostic.WARNING),
	/** Codes are given. */
	CODE_REQUIRED("code.required", Diagnostic.ERROR),
	/** Codes are unique among the elements of the same kind. */
	CODE_UNIQUE("code.unique", Diagnostic.ERROR),
	/** An integrated office is covered by an agreement. */
	OFFICE_AGREEMENT("office.agreement", Diagnostic.ERROR),
	/** An office-scope diagnostic names its office. */
	DIAGNOSTIC_OFFICE("diagnostic.office", Diagnostic.ERROR),
	/** An assessment names its criterion. */
	ASSESSMENT_CRITERION("assessment.criterion", Diagnostic.ERROR),
	/** An agreement's validity ends after it starts. */
	AGREEMENT_VALIDITY("agreement.validity", Diagnostic.ERROR),
	/** Referral counts are not negative. */
	REFERRAL_COUNT("referral.count", Diagnostic.ERROR),
	/** A progress report's percentage is between 0 and 100. */
	REPORT_PROGRESS("report.progressRange", Diagnostic.ERROR),
	/** A score is on its criterion's scale (as many levels as the criterion describes, else four). */
	ASSESSMENT_SCALE("assessment.scale", Diagnostic.ERROR),
	/** A gap has a recommendation (except in the office scans of a national scan, whose recommendations are national). */
	ASSESSMENT_RECOMMENDATION("assessment.recommendation", Diagnostic.WARNING),
	/** A follow-up names the earlier diagnostic it is compared with, and that one exists. */
	DIAGNOSTIC_BASELINE("diagnostic.baseline", Diagnostic.ERROR),
	/** A commitment names only offices its agreement covers (integrates). */
	COMMITMENT_OFFICE("commitment.office", Diagnostic.WARNING),
	/** Referrals go to an institution that is a party of their agreement. */
	REFERRAL_PARTY("referral.party", Diagnostic.ERROR),
	/** A local plan's step is not done before the steps that precede it in the protocol. */
	STEP_ORDER("localPlan.stepOrder", Diagnostic.ERROR),
	/** An expired agreement no longer backs integrated offices. */
	AGREEMENT_EXPIRED("agreement.expired", Diagnostic.WARNING),
	/**
	 * Amounts that cannot be below zero are not: an action's estimated cost, an office's staff, a protocol step's
	 * response days (the tracker, the imports and the forms refuse them; a file can still hold them).
	 */
	NOT_NEGATIVE("value.notNegative", Diagnostic.ERROR);

	private final String id;
	private final int severity;

	Rule(String id, int severity) {
		this.id = id;
		this.severity = severity;
	}

	/** The stable id, e.g. {@code action.owner}. */
	public String id() {
		return id;
	}

	/** {@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}. */
	public int severity() {
		return severity;
	}

	/** The diagnostic code of this rule's findings. */
	public int code() {
		return 1000 + ordinal();
	}

	/** The rule of a diagnostic code, or {@code null} when the code is not one of ours. */
	public static Rule ofCode(int code) {
		int index = code - 1000;
		return index >= 0 && index < values().length ? values()[index] : null;
	}
}
