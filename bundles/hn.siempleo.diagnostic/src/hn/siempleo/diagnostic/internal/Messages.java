// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Questionnaire_sheet;
	public static String Questionnaire_aboutSheet;
	public static String Questionnaire_aboutCode;
	public static String Questionnaire_aboutName;
	public static String Questionnaire_aboutDate;
	public static String Questionnaire_aboutOffice;
	public static String Questionnaire_aboutHelp;
	public static String Questionnaire_levelLine;
	public static String Questionnaire_unreadable;
	public static String Questionnaire_noHeader;
	public static String Questionnaire_missingColumn;
	public static String Questionnaire_tooManyRows;
	public static String Questionnaire_codeMissing;
	public static String Questionnaire_codeRepeated;
	public static String Questionnaire_unknownCriterion;
	public static String Questionnaire_unknownChoice;
	public static String Questionnaire_scoreRange;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
