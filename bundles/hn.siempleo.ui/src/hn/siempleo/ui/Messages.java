// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ImportPreviewDialog_cancel;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
