// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.about;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String AboutDialog_description;
	public static String AboutDialog_credits;
	public static String AboutDialog_close;
	public static String AboutDialog_defaultName;
	public static String ShortcutsDialog_title;
	public static String ShortcutsDialog_intro;
	public static String ShortcutsDialog_where;
	public static String ShortcutsDialog_keys;
	public static String ShortcutsDialog_what;
	public static String ShortcutsDialog_window;
	public static String ShortcutsDialog_undo;
	public static String ShortcutsDialog_redo;
	public static String ShortcutsDialog_maximize;
	public static String ShortcutsDialog_parts;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
