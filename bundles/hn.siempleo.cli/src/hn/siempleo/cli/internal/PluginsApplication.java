// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import hn.siempleo.p2.PluginManager;

/** {@code ./siempleo plugins|install|uninstall}: see {@link PluginsCommand}. */
public final class PluginsApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PluginManager.collectIfMarked(); // the jars of a plug-in removed by the previous run
		return new PluginsCommand(System.out, System.err).run(args == null ? List.of() : List.of(args),
				PluginManager::forRunningProduct);
	}

	@Override
	public void stop() {
		// p2 operations are not interrupted halfway
	}
}
