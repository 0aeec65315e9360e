// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.service.datalocation.Location;

/**
 * The note in the configuration area that the next start must delete the files of a removed plug-in
 * ({@link PluginManager#markGarbage}, {@link PluginManager#collectIfMarked}). Kept apart from
 * {@link PluginManager} so that asking whether it is there at every start loads nothing of p2.
 */
public final class GarbageMarker {

	private GarbageMarker() {
	}

	/** Whether a removal asked the next start to collect garbage. */
	public static boolean isSet() {
		Path marker = path();
		return marker != null && Files.exists(marker);
	}

	/** The marker file, or null when the configuration area is not a folder. */
	static Path path() {
		Location configuration = Platform.getConfigurationLocation();
		if (configuration == null || configuration.getURL() == null || !"file".equals(configuration.getURL().getProtocol())) { //$NON-NLS-1$
			return null;
		}
		return Path.of(configuration.getURL().getPath(), "hn.siempleo.p2", "gc-pending"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
