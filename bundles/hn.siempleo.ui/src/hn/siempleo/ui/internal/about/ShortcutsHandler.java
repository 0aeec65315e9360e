// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.keys.IBindingService;

import hn.siempleo.ui.handlers.SafeHandler;

/** Opens Ayuda &gt; Atajos de teclado over the active window. */
public final class ShortcutsHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		var workbench = PlatformUI.getWorkbench();
		new ShortcutsDialog(shell, workbench.getService(ICommandService.class), workbench.getService(IBindingService.class))
				.open();
		return null;
	}
}
