// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The most recently opened model files, newest first, kept in the instance preferences. */
final class RecentFiles {

	static final int MAX = 8;
	private static final String KEY = "recentFiles"; //$NON-NLS-1$

	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("hn.siempleo.ui"); //$NON-NLS-1$

	/** The files, newest first; files that no longer exist are included (the menu marks them). */
	List<Path> list() {
		List<Path> files = new ArrayList<>();
		for (String line : preferences.get(KEY, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (!line.isBlank()) {
				files.add(Path.of(line));
			}
		}
		return files;
	}

	/** The newest file that still exists, or null. */
	Path lastExisting() {
		return list().stream().filter(Files::isRegularFile).findFirst().orElse(null);
	}

	/** Puts a file first. */
	void add(Path file) {
		List<Path> files = list();
		Path normalized = file.toAbsolutePath().normalize();
		files.remove(normalized);
		files.add(0, normalized);
		while (files.size() > MAX) {
			files.remove(files.size() - 1);
		}
		preferences.put(KEY, String.join("\n", files.stream().map(Path::toString).toList())); //$NON-NLS-1$
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// the list is a convenience; it is kept in memory for this session anyway
		}
	}
}
