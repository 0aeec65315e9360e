// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.timeline;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String TimelineCanvas_tip;
	public static String TimelineCanvas_empty;
	public static String TimelinePart_noPlan;
	public static String TimelinePart_heading;
	public static String TimelinePart_today;
	public static String TimelinePart_todayTip;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
