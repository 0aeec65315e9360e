// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import org.eclipse.osgi.util.NLS;

/** User texts of this package: Spanish in messages.properties, English in messages_en.properties. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "hn.siempleo.store.pg.internal.messages"; //$NON-NLS-1$

	public static String ObjectCodec_noId;
	public static String ObjectCodec_foreignReference;
	public static String ObjectCodec_unknownClass;
	public static String PgModelStore_loading;
	public static String PgModelStore_publishing;
	public static String PgModelStore_noPlan;
	public static String PgModelStore_noRoot;
	public static String PgModelStore_schemaFailed;
	public static String PgModelStore_schemaPending;
	public static String PgModelStore_notAModel;
	public static String PgModelStore_duplicateId;
	public static String PgModelStore_planExists;
	public static String PgModelStore_idsExist;
	public static String PgModelStore_notAReport;
	public static String PgModelStore_approveRefused;
	public static String PgModelStore_alreadyApproved;
	public static String PgModelStore_approvalSwitchRefused;
	public static String PgModelStore_login;
	public static String PgModelStore_refused;
	public static String PgModelStore_failed;
	public static String SharedSession_unreachable;
	public static String SharedSession_undoDropped;
	public static String SharedSession_pending;
	public static String SharedSession_approved;
	public static String DeltaNotices_change;
	public static String DeltaNotices_set;
	public static String DeltaNotices_conflict;
	public static String DeltaNotices_conflictObject;
	public static String DeltaNotices_refused;
	public static String DeltaNotices_refusedObject;
	public static String DeltaNotices_refusedInsert;
	public static String DeltaNotices_duplicate;
	public static String DeltaNotices_rejectedValues;
	public static String DeltaNotices_value;
	public static String DeltaNotices_empty;
	public static String DeltaNotices_remote;
	public static String DeltaNotices_remoteObject;
	public static String DeltaNotices_created;
	public static String DeltaNotices_deleted;
	public static String Rights_otherOffice;
	public static String Rights_centralOnly;
	public static String Rights_oneOffice;
	public static String Rights_offices;
	public static String Rights_noOffice;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
