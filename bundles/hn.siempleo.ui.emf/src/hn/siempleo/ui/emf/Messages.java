// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String CommandStackActions_undo;
	public static String CommandStackActions_undoCommand;
	public static String CommandStackActions_redo;
	public static String CommandStackActions_redoCommand;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
