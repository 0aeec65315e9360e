// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Languages;

final class Messages extends NLS {
	public static String ActionProposal_title;
	public static String DiagnosticCommands_newScan;
	public static String DiagnosticCommands_followUp;
	public static String DiagnosticCommands_officeScanName;
	public static String DiagnosticCommands_score;
	public static String DiagnosticCommands_field;
	public static String DiagnosticCommands_createAction;
	public static String DiagnosticCommands_attach;
	public static String DiagnosticCommands_detach;
	public static String Questionnaire_dimension;
	public static String Questionnaire_code;
	public static String Questionnaire_criterion;
	public static String Questionnaire_levels;
	public static String Questionnaire_score;
	public static String Questionnaire_findingKind;
	public static String Questionnaire_evidence;
	public static String Questionnaire_finding;
	public static String Questionnaire_recommendation;
	public static String Questionnaire_resources;
	public static String QuestionnairePreview_command;
	public static String QuestionnairePreview_commandDescription;

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * A column's header in every language of the workbench, whatever language it runs in (see
	 * {@link Languages}). The key is {@code Questionnaire_} and the column's name in camel case, as for the
	 * fields above.
	 */
	static List<String> headers(QuestionnaireColumn column) {
		StringBuilder key = new StringBuilder("Questionnaire_"); //$NON-NLS-1$
		String[] words = column.name().toLowerCase(Locale.ROOT).split("_"); //$NON-NLS-1$
		key.append(words[0]);
		for (int i = 1; i < words.length; i++) {
			key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i], 1, words[i].length());
		}
		return Languages.strings(BUNDLE_NAME, Messages.class.getClassLoader(), key.toString());
	}
}
