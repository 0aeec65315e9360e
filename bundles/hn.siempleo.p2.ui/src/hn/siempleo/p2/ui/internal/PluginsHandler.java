// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.p2.PluginManager;
import hn.siempleo.p2.Plugins;
import hn.siempleo.ui.handlers.SafeHandler;

/** Ayuda &gt; Complementos…: opens the plug-ins dialog on the running product's installation. */
public final class PluginsHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		Plugins plugins;
		String unavailable = null;
		try {
			plugins = PluginManager.forRunningProduct();
		} catch (ProvisionException | RuntimeException e) {
			plugins = null;
			unavailable = e.getMessage();
		}
		new PluginsDialog(shell, plugins, unavailable, Restart.WORKBENCH).open();
		return null;
	}
}
