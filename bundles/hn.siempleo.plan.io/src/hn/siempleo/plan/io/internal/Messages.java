// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Languages;

final class Messages extends NLS {
	public static String Xlsx_sheetName;
	public static String Xlsx_empty;
	public static String Xlsx_notXlsx;
	public static String Xlsx_oldXls;
	public static String Xlsx_zipBomb;
	public static String Xlsx_tooLarge;
	public static String Xlsx_unreadable;
	public static String Xlsx_noSheet;
	public static String Xlsx_noHeader;
	public static String Xlsx_missingColumn;
	public static String Xlsx_duplicateColumn;
	public static String Xlsx_tooManyRows;
	public static String Row_codeMissing;
	public static String Row_codeRepeated;
	public static String Row_titleMissing;
	public static String Row_axisMissing;
	public static String Row_priorityMissing;
	public static String Row_unknownAxis;
	public static String Row_unknownDimension;
	public static String Row_unknownOffice;
	public static String Row_unknownChoice;
	public static String Row_priorityRange;
	public static String Row_progressRange;
	public static String Row_notWhole;
	public static String Row_notNumber;
	public static String Row_negativeCost;
	public static String Row_badDate;
	public static String Row_dueBeforeStart;
	public static String Row_costRequired;
	public static String Row_doneNot100;
	public static String Row_100NotDone;

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages";

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The name of the actions sheet in every language of the workbench, e.g. "Acciones", "Actions". */
	static List<String> sheetNames() {
		return Languages.strings(BUNDLE_NAME, Messages.class.getClassLoader(), "Xlsx_sheetName");
	}
}
