// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg;

import org.eclipse.osgi.util.NLS;

/** User texts of this package: Spanish in messages.properties, English in messages_en.properties. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "hn.siempleo.store.pg.messages"; //$NON-NLS-1$

	public static String ServerAddress_incomplete;
	public static String ServerAddress_badPort;
	public static String ServerAddress_badUrl;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
