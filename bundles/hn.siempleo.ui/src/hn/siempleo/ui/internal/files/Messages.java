// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ModelFiles_openTitle;
	public static String ModelFiles_filterModels;
	public static String ModelFiles_filterAll;
	public static String ModelFiles_opening;
	public static String ModelFiles_openingAtStart;
	public static String ModelFiles_changedOnDiskTitle;
	public static String ModelFiles_changedOnDisk;
	public static String ModelFiles_changedSaveAs;
	public static String ModelFiles_changedOverwrite;
	public static String ModelFiles_dateAtTime;
	public static String ModelFiles_recoverTitle;
	public static String ModelFiles_recoverQuestion;
	public static String ModelFiles_recover;
	public static String ModelFiles_recoverDiscard;
	public static String ModelFiles_recovering;
	public static String ModelFiles_recoverFailed;
	public static String ModelFiles_openFailedTitle;
	public static String ModelFiles_newTitle;
	public static String ModelFiles_newFileName;
	public static String ModelFiles_newModelName;
	public static String ModelFiles_saveAsTitle;
	public static String ModelFiles_revertTitle;
	public static String ModelFiles_revertQuestion;
	public static String ModelFiles_saveChangesTitle;
	public static String ModelFiles_saveChangesQuestion;
	public static String ModelFiles_save;
	public static String ModelFiles_dontSave;
	public static String ModelFiles_cancel;
	public static String ModelFiles_saveFailedTitle;
	public static String RecentFilesMenu_none;
	public static String RecentFilesMenu_missing;

	public static String ModelFiles_missingExtensionsTitle;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
