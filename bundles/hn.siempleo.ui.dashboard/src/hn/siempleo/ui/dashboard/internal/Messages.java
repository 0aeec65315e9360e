// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Labels_statusNotStarted;
	public static String Labels_statusInProgress;
	public static String Labels_statusDone;
	public static String Labels_statusCancelled;
	public static String Labels_lightNotStarted;
	public static String Labels_lightOnTrack;
	public static String Labels_lightAtRisk;
	public static String Labels_lightOverdue;
	public static String Labels_lightDone;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
