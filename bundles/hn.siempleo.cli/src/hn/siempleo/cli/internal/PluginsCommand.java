// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.p2.InstalledPlugin;
import hn.siempleo.p2.PluginManager;
import hn.siempleo.p2.PluginResult;

/**
 * {@code ./siempleo plugins}, {@code ./siempleo install --repo PATH FEATURE}, {@code ./siempleo uninstall FEATURE}:
 * the arguments start with {@code list}, {@code install} or {@code uninstall}. Exit codes: 0 done, 2 wrong
 * arguments, 3 not a repository, 4 feature not in the repository or not installed, 5 does not fit this product,
 * 6 p2 failed, 7 this installation cannot be changed.
 */
public final class PluginsCommand {

	/** Wrong arguments. */
	public static final int USAGE = 2;
	/** No p2 profile: the product was not installed from its archive. */
	public static final int NO_PROFILE = 7;

	private final PrintStream out;
	private final PrintStream err;

	public PluginsCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command; {@code manager} is created on demand so that usage errors need no p2. */
	public int run(List<String> args, ManagerSource managers) {
		if (args.isEmpty()) {
			err.println(Messages.PluginsCommand_usage);
			return USAGE;
		}
		String verb = args.get(0);
		List<String> rest = args.subList(1, args.size());
		String repo = null;
		String feature = null;
		for (int i = 0; i < rest.size(); i++) {
			String arg = rest.get(i);
			if ("--repo".equals(arg) && i + 1 < rest.size()) { //$NON-NLS-1$
				repo = rest.get(++i);
			} else if (arg.startsWith("-") || feature != null) { //$NON-NLS-1$
				err.println(NLS.bind(Messages.PluginsCommand_unexpected, arg));
				err.println(Messages.PluginsCommand_usage);
				return USAGE;
			} else {
				feature = arg;
			}
		}
		boolean valid = switch (verb) {
			case "list" -> repo == null && feature == null; //$NON-NLS-1$
			case "install" -> repo != null && feature != null; //$NON-NLS-1$
			case "uninstall" -> repo == null && feature != null; //$NON-NLS-1$
			default -> false;
		};
		if (!valid) {
			err.println(Messages.PluginsCommand_usage);
			return USAGE;
		}
		PluginManager manager;
		try {
			manager = managers.get();
		} catch (ProvisionException e) {
			err.println(e.getMessage());
			return NO_PROFILE;
		}
		return switch (verb) {
			case "list" -> list(manager); //$NON-NLS-1$
			case "install" -> report(manager.install(Path.of(repo), feature, new NullProgressMonitor())); //$NON-NLS-1$
			default -> report(manager.uninstall(feature, new NullProgressMonitor()));
		};
	}

	private int list(PluginManager manager) {
		List<InstalledPlugin> plugins = manager.installed();
		if (plugins.isEmpty()) {
			out.println(Messages.PluginsCommand_none);
		}
		for (InstalledPlugin plugin : plugins) {
			out.println(String.join("\t", plugin.feature(), plugin.name(), plugin.version(), plugin.institution())); //$NON-NLS-1$
		}
		return 0;
	}

	private int report(PluginResult result) {
		(result.done() ? out : err).println(result.message());
		return result.kind().exitCode();
	}

	/** Creates the plug-in manager of the running product. */
	@FunctionalInterface
	public interface ManagerSource {
		/** The manager; throws when this installation cannot be changed. */
		PluginManager get() throws ProvisionException;
	}
}
