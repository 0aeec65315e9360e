// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String AboutDialog_description;
	public static String AboutDialog_credits;
	public static String AboutDialog_close;
	public static String AboutDialog_defaultName;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
