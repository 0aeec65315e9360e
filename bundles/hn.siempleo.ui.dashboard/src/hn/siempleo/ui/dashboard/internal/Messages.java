// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
