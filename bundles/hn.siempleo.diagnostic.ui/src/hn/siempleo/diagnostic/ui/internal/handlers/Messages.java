// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ExportHandler_failed;
	public static String ExportHandler_fileName;
	public static String ExportHandler_title;
	public static String FollowUpHandler_title;
	public static String HandlerSupport_xlsx;
	public static String Handlers_noDiagnostic;
	public static String Handlers_noModel;
	public static String ImportHandler_title;
	public static String ImportHandler_unreadable;
	public static String NewScanHandler_title;
	public static String PreviewDialog_apply;
	public static String PreviewDialog_changes;
	public static String PreviewDialog_code;
	public static String PreviewDialog_heading;
	public static String PreviewDialog_result;
	public static String PreviewDialog_row;
	public static String PreviewDialog_summary;
	public static String PreviewDialog_title;
	public static String PreviewDialog_unchanged;
	public static String ScanDialog_code;
	public static String ScanDialog_codeMissing;
	public static String ScanDialog_codeUsed;
	public static String ScanDialog_create;
	public static String ScanDialog_createFollowUp;
	public static String ScanDialog_date;
	public static String ScanDialog_defaultFollowUpName;
	public static String ScanDialog_defaultName;
	public static String ScanDialog_followUpHeading;
	public static String ScanDialog_followUpMessage;
	public static String ScanDialog_followUpTitle;
	public static String ScanDialog_name;
	public static String ScanDialog_national;
	public static String ScanDialog_newMessage;
	public static String ScanDialog_newTitle;
	public static String ScanDialog_noCriteria;
	public static String ScanDialog_office;
	public static String ScanDialog_scope;
	public static String ScanDialog_withOffices;
	public static String ShowCriterionHandler_noAction;
	public static String ShowCriterionHandler_noOrigin;
	public static String ShowCriterionHandler_title;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class); //$NON-NLS-1$
	}

	private Messages() {
	}
}
