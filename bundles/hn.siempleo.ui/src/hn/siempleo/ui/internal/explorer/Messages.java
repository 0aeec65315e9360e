// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ExplorerView_group;
	public static String ExplorerView_noModel;
	public static String NewChildMenu_none;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
