// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Where the product's file and folder dialogs start, one home for all of them: the folder of the file last chosen
 * in any of them (kept in the work folder's preferences, so also at the next start), else the user's home. Left to
 * itself, GTK starts in the folder the product was started from: its installation folder when started from there.
 * A dialog given a folder of its own keeps it. UI thread.
 */
public final class FileDialogs {

	/** The preference (of this bundle, work-folder scope) that holds the last folder chosen. */
	static final String LAST_FOLDER = "lastFolder"; //$NON-NLS-1$

	private FileDialogs() {
	}

	/** Opens a file dialog where the last one left off; remembers the folder of the file chosen, if any. */
	public static String open(FileDialog dialog) {
		if (dialog.getFilterPath() == null || dialog.getFilterPath().isEmpty()) {
			dialog.setFilterPath(startFolder().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			remember(parentOf(chosen));
		}
		return chosen;
	}

	/** Opens a folder dialog where the last one left off; remembers the folder chosen, if any. */
	public static String open(DirectoryDialog dialog) {
		if (dialog.getFilterPath() == null || dialog.getFilterPath().isEmpty()) {
			dialog.setFilterPath(startFolder().toString());
		}
		String chosen = dialog.open();
		if (chosen != null) {
			remember(pathOf(chosen));
		}
		return chosen;
	}

	/** The folder a dialog starts in: the last one chosen while it still exists, else the user's home. */
	static Path startFolder() {
		Path last = pathOf(preferences().get(LAST_FOLDER, null));
		return last != null && Files.isDirectory(last) ? last : Path.of(System.getProperty("user.home")); //$NON-NLS-1$
	}

	/** Remembers a folder chosen in a dialog (ignored when null). */
	static void remember(Path folder) {
		if (folder == null) {
			return;
		}
		IEclipsePreferences preferences = preferences();
		preferences.put(LAST_FOLDER, folder.toAbsolutePath().toString());
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept for this session; written when the workbench closes
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode("hn.siempleo.ui"); //$NON-NLS-1$
	}

	private static Path parentOf(String file) {
		Path path = pathOf(file);
		return path == null ? null : path.toAbsolutePath().getParent();
	}

	private static Path pathOf(String text) {
		try {
			return text == null || text.isBlank() ? null : Path.of(text);
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
