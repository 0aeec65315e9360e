// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Labels_better;
	public static String Labels_worse;
	public static String Labels_same;
	public static String Labels_notComparable;
	public static String DiagnosticSection_overall;
	public static String ResultsSection_national;
	public static String ResultsSection_plan;
	public static String ReportDataWriter_noAxis;
	public static String ReportDataWriter_noOwner;
	public static String ReportDataWriter_noSource;
	public static String ReportDataWriter_noDates;
	public static String ReportDataWriter_axisLabel;
	public static String ReportDataWriter_priorityLabel;
	public static String NetworkSection_flow;

	public static String ContributedSections_failed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
