// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Figure_programmes;
	public static String Figure_referred;
	public static String Figure_started;
	public static String Figure_latest;
	public static String Part_office;
	public static String Part_period;
	public static String Part_programmes;
	public static String Part_referred;
	public static String Part_started;
	public static String Part_summary;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
