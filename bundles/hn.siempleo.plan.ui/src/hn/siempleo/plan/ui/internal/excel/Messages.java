// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String ExportHandler_title;
	public static String ExportHandler_noPlan;
	public static String ExportHandler_task;
	public static String ExportHandler_failed;
	public static String ExcelFiles_saveTitle;
	public static String ExcelFiles_openTitle;
	public static String ExcelFiles_filterName;
	public static String ExcelFiles_defaultName;
	public static String ExcelFiles_replace;
	public static String ImportHandler_title;
	public static String ImportHandler_noPlan;
	public static String ImportHandler_task;
	public static String ImportHandler_missing;
	public static String ImportHandler_unreadable;
	public static String ImportHandler_failed;
	public static String ImportPreviewDialog_title;
	public static String ImportPreviewDialog_summary;
	public static String ImportPreviewDialog_ignored;
	public static String ImportPreviewDialog_row;
	public static String ImportPreviewDialog_code;
	public static String ImportPreviewDialog_change;
	public static String ImportPreviewDialog_column;
	public static String ImportPreviewDialog_reason;
	public static String ImportPreviewDialog_apply;
	public static String ImportPreviewDialog_rejected;
	public static String ImportPreviewDialog_new;
	public static String ImportPreviewDialog_update;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
