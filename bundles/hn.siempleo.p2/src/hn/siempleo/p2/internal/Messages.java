// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the plug-in manager. */
public final class Messages extends NLS {
	public static String PluginManager_noP2;
	public static String PluginManager_noProfile;
	public static String PluginManager_installing;
	public static String PluginManager_notARepository;
	public static String PluginManager_notInRepository;
	public static String PluginManager_notInstalled;
	public static String PluginManager_doesNotFit;
	public static String PluginManager_cannotRemove;
	public static String PluginManager_nothingToDo;
	public static String PluginManager_failed;
	public static String PluginManager_installed;
	public static String PluginManager_removed;
	public static String PluginManager_gcFailed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
