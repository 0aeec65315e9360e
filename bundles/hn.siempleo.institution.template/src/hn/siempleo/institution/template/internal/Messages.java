// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.template.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the template plug-in. */
public final class Messages extends NLS {
	public static String OpenDaysRule_message;
	public static String CsvFormat_header;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
