// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ReportsPart_catalogue;
	public static String PrepareReports_job;
	public static String ReportsPart_parameters;
	public static String ReportsPart_preview;
	public static String ReportsPart_cancel;
	public static String ReportsPart_export;
	public static String ReportsPart_exportTitle;
	public static String ReportsPart_noModel;
	public static String ReportsPart_rendering;
	public static String ReportsPart_previewReady;
	public static String ReportsPart_previewFailed;
	public static String ReportsPart_exported;
	public static String ReportsPart_cancelled;
	public static String ReportsPart_failed;
	public static String ReportsPart_errorTitle;
	public static String RenderJob_name;
	public static String ParameterFields_none;
	public static String PreviewPane_previous;
	public static String PreviewPane_next;
	public static String PreviewPane_page;
	public static String PreviewPane_pageFailed;
	public static String PreviewPane_empty;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
