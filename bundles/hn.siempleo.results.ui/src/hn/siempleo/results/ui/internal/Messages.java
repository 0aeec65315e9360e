// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String Export_defaultName;
	public static String Export_failed;
	public static String Export_noModel;
	public static String Export_replace;
	public static String Export_title;
	public static String Import_after;
	public static String Import_apply;
	public static String Import_before;
	public static String Import_column;
	public static String Import_error;
	public static String Import_heading;
	public static String Import_indicator;
	public static String Import_office;
	public static String Import_period;
	public static String Import_row;
	public static String Import_summary;
	public static String Import_title;
	public static String Import_unreadable;
	public static String OfficeEntryGrid_help;
	public static String OfficeEntryGrid_nationalComputed;
	public static String OfficeEntryGrid_notANumber;
	public static String OfficeEntryGrid_office;
	public static String OfficeEntryGrid_recorded;
	public static String OfficeEntryGrid_refused;
	public static String OfficeEntryGrid_source;
	public static String ResultsPart_actionCode;
	public static String ResultsPart_actionStatus;
	public static String ResultsPart_actionTitle;
	public static String ResultsPart_actions;
	public static String ResultsPart_all;
	public static String ResultsPart_allAxes;
	public static String ResultsPart_allServices;
	public static String ResultsPart_allTip;
	public static String ResultsPart_axis;
	public static String ResultsPart_cell;
	public static String ResultsPart_cellGap;
	public static String ResultsPart_code;
	public static String ResultsPart_definition;
	public static String ResultsPart_higher;
	public static String ResultsPart_indicator;
	public static String ResultsPart_lower;
	public static String ResultsPart_national;
	public static String ResultsPart_none;
	public static String ResultsPart_office;
	public static String ResultsPart_pick;
	public static String ResultsPart_planIndicators;
	public static String ResultsPart_service;
	public static String ResultsPart_title;
	public static String ResultsPart_trend;
	public static String ResultsPart_unit;
	public static String ResultsPart_year;
	public static String ResultsPart_yearColumn;
	public static String TrendChart_empty;
	public static String TrendChart_last;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
