// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

import org.eclipse.osgi.util.NLS;

/** Texts of the referral import. */
final class Messages extends NLS {
	public static String Import_unreadable;
	public static String Import_unreadableWorkbook;
	public static String Import_tooLarge;
	public static String Import_notUtf8;
	public static String Import_empty;
	public static String Import_missingColumn;
	public static String Import_required;
	public static String Import_unknownOffice;
	public static String Import_unknownService;
	public static String Import_unknownInstitution;
	public static String Import_notParty;
	public static String Import_badPeriod;
	public static String Import_badCount;
	public static String Import_badOutcome;

	static {
		NLS.initializeMessages("hn.siempleo.referral.io.messages", Messages.class);
	}

	private Messages() {
	}
}
