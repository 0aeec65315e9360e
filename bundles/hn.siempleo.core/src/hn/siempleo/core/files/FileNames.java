// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import java.util.Locale;

/** File names as a planner types them in a save dialog. */
public final class FileNames {

	private FileNames() {
	}

	/**
	 * The name with exactly one {@code extension} at its end: added when missing, and a doubled one (as some
	 * native save dialogs produce when the name typed already has it: {@code plan.xlsx.xlsx}) reduced to one.
	 * The comparison ignores case.
	 *
	 * @param name a file name or path
	 * @param extension without the dot, e.g. {@code xlsx}
	 */
	public static String withExtension(String name, String extension) {
		String suffix = "." + extension.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		String result = name;
		while (result.toLowerCase(Locale.ROOT).endsWith(suffix + suffix)) {
			result = result.substring(0, result.length() - suffix.length());
		}
		return result.toLowerCase(Locale.ROOT).endsWith(suffix) ? result : result + suffix;
	}
}
