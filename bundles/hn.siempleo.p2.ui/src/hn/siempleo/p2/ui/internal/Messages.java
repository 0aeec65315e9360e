// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String PluginsDialog_title;
	public static String PluginsDialog_close;
	public static String PluginsDialog_name;
	public static String PluginsDialog_version;
	public static String PluginsDialog_institution;
	public static String PluginsDialog_installFolder;
	public static String PluginsDialog_installZip;
	public static String PluginsDialog_remove;
	public static String PluginsDialog_unavailable;
	public static String PluginsDialog_none;
	public static String PluginsDialog_count;
	public static String PluginsDialog_chooseFolder;
	public static String PluginsDialog_chooseZip;
	public static String PluginsDialog_nothingOffered;
	public static String PluginsDialog_noLicense;
	public static String PluginsDialog_offered;
	public static String PluginsDialog_choose;
	public static String PluginsDialog_confirmRemove;
	public static String PluginsDialog_restartNow;
	public static String PluginsDialog_removeTitle;
	public static String PluginsDialog_restartTitle;
	public static String PluginsDialog_failed;
	public static String LicenseDialog_title;
	public static String LicenseDialog_intro;
	public static String LicenseDialog_accept;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
