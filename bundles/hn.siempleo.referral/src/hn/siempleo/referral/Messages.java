// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import org.eclipse.osgi.util.NLS;

/** Spanish (default) and English texts of the network logic: command labels and gaps. */
final class Messages extends NLS {
	public static String Command_addReferral;
	public static String Command_addReferrals;
	public static String Command_commit;
	public static String Command_uncommit;
	public static String Command_moveStep;
	public static String Command_startStep;
	public static String Command_finishStep;
	public static String Gap_serviceNotOffered;
	public static String Gap_partnerMissing;
	public static String Gap_noPartner;
	public static String Gap_notCovered;
	public static String Gap_referralWithoutCommitment;
	public static String GapKind_serviceNotOffered;
	public static String GapKind_partnerMissing;
	public static String GapKind_noPartner;
	public static String GapKind_notCovered;
	public static String GapKind_referralWithoutCommitment;

	static {
		NLS.initializeMessages("hn.siempleo.referral.messages", Messages.class);
	}

	private Messages() {
	}
}
