// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String BirtReportService_rendering;
	public static String BirtReportService_starting;
	public static String BirtReportService_preparing;
	public static String BirtReportService_running;
	public static String BirtReportService_noEngine;
	public static String BirtReportService_unknownDesign;
	public static String BirtReportService_noDesignFile;
	public static String BirtReportService_noModel;
	public static String BirtReportService_cannotExport;
	public static String BirtReportService_dataOfAnotherDesign;
	public static String DesignCatalogue_incomplete;
	public static String DesignCatalogue_duplicate;
	public static String DesignRenderer_cannotOpen;
	public static String DesignRenderer_cannotWrite;
	public static String DesignRenderer_failed;
	public static String DesignRenderer_cancelled;
	public static String ModelChoices_all;
	public static String ModelChoices_ownBaseline;
	public static String ModelChoices_axis;
	public static String ParameterValues_unknown;
	public static String ParameterValues_none;
	public static String ParameterValues_notInteger;
	public static String ParameterValues_notAllowed;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
