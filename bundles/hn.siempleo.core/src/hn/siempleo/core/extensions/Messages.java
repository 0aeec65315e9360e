// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.extensions;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String MissingExtension_message;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
