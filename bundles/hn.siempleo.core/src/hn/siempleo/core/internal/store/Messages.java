// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal.store;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String XmiFileStore_loading;
	public static String XmiFileStore_saving;
	public static String XmiFileStore_missing;
	public static String XmiFileStore_notAFile;
	public static String XmiFileStore_tooLarge;
	public static String XmiFileStore_empty;
	public static String XmiFileStore_notAModel;
	public static String XmiFileStore_saveFailed;
	public static String LoadProblems_atPosition;
	public static String LoadProblems_noPosition;
	public static String LoadProblems_accessDenied;
	public static String LoadProblems_unknownFeature;
	public static String LoadProblems_illegalValue;
	public static String LoadProblems_unknownFormat;
	public static String LoadProblems_noNamespace;
	public static String LoadProblems_unknownType;
	public static String LoadProblems_unresolved;
	public static String LoadProblems_doctype;
	public static String LoadProblems_truncated;
	public static String LoadProblems_notXml;
	public static String LoadProblems_parser;
	public static String LoadProblems_duplicateId;
	public static String LoadProblems_foreignReference;
	public static String LoadProblems_badEncoding;
	public static String LocalOnly_refused;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
