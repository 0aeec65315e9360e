// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.handlers;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String CommandFailures_title;
	public static String CommandFailures_message;
	public static String CommandFailures_reason;
	public static String CommandFailures_messageNoCommand;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
