// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Languages;

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

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name of the questionnaire's sheet in every language of the workbench, e.g. "Cuestionario". */
	static List<String> sheetNames() {
		return Languages.strings(BUNDLE_NAME, Messages.class.getClassLoader(), "Questionnaire_sheet"); //$NON-NLS-1$
	}
}
