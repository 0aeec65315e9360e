// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import org.eclipse.osgi.util.NLS;

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

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
