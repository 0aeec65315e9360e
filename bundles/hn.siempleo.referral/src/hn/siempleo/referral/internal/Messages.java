// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the readers. */
final class Messages extends NLS {
	public static String Xlsx_notXlsx;

	static {
		NLS.initializeMessages("hn.siempleo.referral.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
