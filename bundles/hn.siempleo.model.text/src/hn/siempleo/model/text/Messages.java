// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.text;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Formats_locale;
	public static String Formats_monthPattern;
	public static String ActionFilter_all;
	public static String ActionFilter_overdue;
	public static String ActionFilter_missingOwnerOrDates;
	public static String ActionFilter_missingCost;
	public static String ActionFilter_budget;
	public static String ActionFilter_budgetOfAxis;
	public static String ActionFilter_withoutAxis;
	public static String ActionFilter_priority;
	public static String ActionFilter_status;
	public static String ActionFilter_axis;
	public static String ActionFilter_noAxis;
	public static String ActionFilter_trafficLight;
	public static String Labels_none;
	public static String Labels_withCode;
	public static String Labels_withName;
	public static String Labels_yes;
	public static String Labels_no;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
