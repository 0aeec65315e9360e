// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.actions;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ActionColumns_code;
	public static String ActionColumns_title;
	public static String ActionColumns_axis;
	public static String ActionColumns_priority;
	public static String ActionColumns_owner;
	public static String ActionColumns_due;
	public static String ActionColumns_status;
	public static String ActionColumns_progress;
	public static String ActionColumns_trafficLight;
	public static String ActionColumns_cost;
	public static String ActionsPart_noModel;
	public static String ActionsPart_noPlan;
	public static String ActionsPart_oneAction;
	public static String ActionsPart_actions;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
