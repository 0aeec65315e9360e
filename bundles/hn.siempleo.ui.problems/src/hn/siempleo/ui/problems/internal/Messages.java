// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Findings_structuralRule;
	public static String ProblemsPart_columnDescription;
	public static String ProblemsPart_columnElement;
	public static String ProblemsPart_columnRule;
	public static String ProblemsPart_errorsGroup;
	public static String ProblemsPart_warningsGroup;
	public static String ProblemsPart_summary;
	public static String ProblemsPart_oneError;
	public static String ProblemsPart_errors;
	public static String ProblemsPart_oneWarning;
	public static String ProblemsPart_warnings;
	public static String ProblemsPart_more;
	public static String ProblemsPart_noModel;
	public static String ProblemsPart_validating;
	public static String ValidationScheduler_jobName;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
