// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.osgi.util.NLS;

/** User texts of the shared-plan commands: Spanish in messages.properties, English in messages_en.properties. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "hn.siempleo.store.pg.ui.internal.messages"; //$NON-NLS-1$

	public static String ConnectDialog_openTitle;
	public static String ConnectDialog_publishTitle;
	public static String ConnectDialog_message;
	public static String ConnectDialog_host;
	public static String ConnectDialog_port;
	public static String ConnectDialog_database;
	public static String ConnectDialog_user;
	public static String ConnectDialog_password;
	public static String ConnectDialog_passwordHint;
	public static String ConnectDialog_remember;
	public static String ConnectDialog_ssl;
	public static String ConnectDialog_rootCert;
	public static String ConnectDialog_plan;
	public static String ConnectDialog_list;
	public static String ConnectDialog_listed;
	public static String ConnectDialog_listedOne;
	public static String ConnectDialog_noPlan;
	public static String ConnectDialog_open;
	public static String ConnectDialog_publish;
	public static String Commands_migrateTitle;
	public static String Commands_migrate;
	public static String Commands_conflictTitle;
	public static String Commands_refusedTitle;
	public static String Commands_undoTitle;
	public static String Open_title;
	public static String Open_discard;
	public static String Open_job;
	public static String Open_failed;
	public static String Publish_title;
	public static String Publish_noModel;
	public static String Publish_job;
	public static String Publish_done;
	public static String Publish_failed;
	public static String Copy_title;
	public static String Copy_done;
	public static String History_when;
	public static String History_who;
	public static String History_office;
	public static String History_field;
	public static String History_before;
	public static String History_after;
	public static String History_notShared;
	public static String History_writable;
	public static String History_job;
	public static String History_approve;
	public static String History_approved;
	public static String History_in;
	public static String History_notApproved;
	public static String History_approveCentralOnly;
	public static String History_approveFailed;
	public static String History_pending;
	public static String History_approvalRequired;
	public static String History_approvalRequiredCentralOnly;
	public static String History_approvalRequiredJob;
	public static String History_approvalRequiredFailed;

	public static String Changes_title;
	public static String Changes_notShared;
	public static String Changes_office;
	public static String Changes_allOffices;
	public static String Changes_central;
	public static String Changes_from;
	public static String Changes_to;
	public static String Changes_dateHint;
	public static String Changes_query;
	public static String Changes_element;
	public static String Changes_noOffice;
	public static String Changes_badDate;
	public static String Changes_counts;
	public static String Changes_close;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
