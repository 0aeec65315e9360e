// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Labels_diagnostic;
	public static String Labels_criterion;
	public static String Labels_level;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
