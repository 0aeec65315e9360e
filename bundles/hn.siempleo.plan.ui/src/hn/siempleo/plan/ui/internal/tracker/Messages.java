// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String TrackerPart_preparing;
	public static String TrackerToolbar_new;
	public static String TrackerToolbar_newTip;
	public static String TrackerToolbar_delete;
	public static String TrackerToolbar_deleteTip;
	public static String TrackerMenu_new;
	public static String TrackerMenu_progress;
	public static String TrackerMenu_delete;
	public static String TrackerPart_newTitle;
	public static String TrackerPart_noPlan;
	public static String TrackerPart_deleteTitle;
	public static String TrackerPart_deleteMany;
	public static String ActionCommands_new;
	public static String ActionCommands_delete;
	public static String ActionCommands_deleteMany;
	public static String TrackerToolbar_search;
	public static String TrackerToolbar_incomplete;
	public static String TrackerToolbar_incompleteCount;
	public static String TrackerToolbar_incompleteTip;
	public static String TrackerToolbar_groupBy;
	public static String TrackerToolbar_columns;
	public static String TrackerToolbar_columnsTip;
	public static String TrackerToolbar_clear;
	public static String TrackerToolbar_clearTip;
	public static String TrackerToolbar_progress;
	public static String TrackerToolbar_progressTip;
	public static String TrackerToolbar_export;
	public static String TrackerToolbar_exportTip;
	public static String TrackerToolbar_import;
	public static String TrackerToolbar_importTip;
	public static String TrackerToolbar_dashboardFilter;
	public static String TrackerToolbar_removeDashboardFilter;
	public static String SummaryBar_noPlan;
	public static String SummaryBar_count;
	public static String SummaryBar_item;
	public static String SummaryBar_priority;
	public static String SummaryBar_budget;
	public static String SummaryBar_budgetDetail;
	public static String SummaryBar_showDetail;
	public static String SummaryBar_hideDetail;
	public static String SummaryBar_noYear;
	public static String SummaryBar_noAxis;
	public static String SummaryBar_noSource;
	public static String ProgressCommands_label;
	public static String ProgressCommands_description;
	public static String ProgressDialog_title;
	public static String ProgressDialog_heading;
	public static String ProgressDialog_date;
	public static String ProgressDialog_percent;
	public static String ProgressDialog_note;
	public static String ProgressDialog_record;
	public static String ProgressDialog_close;
	public static String ProgressDialog_badDate;
	public static String ProgressDialog_review;
	public static String ProgressDialog_reviewUnreadable;
	public static String ProgressHandler_title;
	public static String ProgressHandler_selectOne;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
