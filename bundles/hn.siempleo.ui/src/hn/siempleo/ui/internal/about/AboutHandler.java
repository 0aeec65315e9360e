// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import hn.siempleo.ui.handlers.SafeHandler;

/** Opens the About dialog over the active window. */
public final class AboutHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		new AboutDialog(shell).open();
		return null;
	}
}
