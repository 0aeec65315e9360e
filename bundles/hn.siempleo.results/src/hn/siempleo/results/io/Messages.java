// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.io;

import org.eclipse.osgi.util.NLS;

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
	public static String Import_tooLarge;
	public static String Import_notXlsx;
	public static String Import_unknownIndicator;
	public static String Import_unknownOffice;
	public static String Import_notANumber;
	public static String Import_duplicate;
	public static String Import_commandLabel;
	public static String Import_defaultSource;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
