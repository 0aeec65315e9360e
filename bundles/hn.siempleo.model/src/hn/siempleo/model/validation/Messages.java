// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import org.eclipse.osgi.util.NLS;

/** Spanish (default) and English texts of the validation rules and element labels. */
public final class Messages extends NLS {
	public static String Rule_actionOwner;
	public static String Rule_actionDates;
	public static String Rule_actionCost;
	public static String Rule_actionDateOrder;
	public static String Rule_actionProgressRange;
	public static String Rule_actionDoneNot100;
	public static String Rule_action100NotDone;
	public static String Rule_actionPriority;
	public static String Rule_actionAxis;
	public static String Rule_actionOriginDimension;
	public static String Rule_codeRequired;
	public static String Rule_codeUnique;
	public static String Rule_officeAgreement;
	public static String Rule_diagnosticOffice;
	public static String Rule_assessmentCriterion;
	public static String Rule_agreementValidity;
	public static String Rule_referralCount;
	public static String Rule_reportProgress;
	public static String Rule_assessmentScale;
	public static String Rule_assessmentRecommendation;
	public static String Rule_diagnosticBaseline;
	public static String Rule_diagnosticOfficeScan;
	public static String Rule_commitmentOffice;
	public static String Rule_referralParty;
	public static String Rule_stepOrder;
	public static String Rule_agreementExpired;
	public static String Rule_negativeCost;
	public static String Rule_negativeStaff;
	public static String Rule_negativeResponseDays;

	public static String ContributedRules_failed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
