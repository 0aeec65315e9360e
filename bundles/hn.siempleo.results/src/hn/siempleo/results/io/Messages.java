// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Languages;

final class Messages extends NLS {
	public static String Column_indicatorCode;
	public static String Column_indicator;
	public static String Column_service;
	public static String Column_unit;
	public static String Column_period;
	public static String Column_officeCode;
	public static String Column_office;
	public static String Column_target;
	public static String Column_value;
	public static String Column_origin;
	public static String Column_weight;
	public static String Column_source;
	public static String Column_recordedBy;
	public static String Sheet_name;
	public static String Plan;
	public static String Origin_measured;
	public static String Origin_computed;
	public static String Import_missingColumn;
	public static String Import_unreadable;
	public static String Import_unknownIndicator;
	public static String Import_unknownOffice;
	public static String Import_notANumber;
	public static String Import_duplicate;
	public static String Import_commandLabel;
	public static String Import_defaultSource;

	/** The keys of the column headers, in the order of {@link MeasurementSpreadsheets#HEADERS}. */
	static final List<String> COLUMN_KEYS = List.of("Column_indicatorCode", "Column_indicator", "Column_service", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"Column_unit", "Column_period", "Column_officeCode", "Column_office", "Column_target", "Column_value", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"Column_origin", "Column_weight", "Column_source", "Column_recordedBy"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private static final String BUNDLE_NAME = Messages.class.getPackageName() + ".messages"; //$NON-NLS-1$

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/**
	 * A message in every language of the workbench, whatever language it runs in (see {@link Languages}), e.g.
	 * "Meta", "Target" for {@code Column_target}: for reading what a workbench running in either wrote.
	 */
	static List<String> inEveryLanguage(String key) {
		return Languages.strings(BUNDLE_NAME, Messages.class.getClassLoader(), key);
	}
}
