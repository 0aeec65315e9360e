// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui;

/** Identifiers of the Red y convenios parts and commands, for menus, perspectives and tests. */
public final class ReferralUiIds {

	/** Convenio: parties, validity, commitments matrix and referral protocol. */
	public static final String VIEW_AGREEMENT = "hn.siempleo.referral.ui.agreement";

	/** Derivaciones: the from × to matrix, the flow diagram and the trend. */
	public static final String VIEW_REFERRALS = "hn.siempleo.referral.ui.referrals";

	/** Cobertura: offices × services × partners and the gaps. */
	public static final String VIEW_COVERAGE = "hn.siempleo.referral.ui.coverage";

	/** Mesas territoriales: members and local plans' progress. */
	public static final String VIEW_TABLES = "hn.siempleo.referral.ui.tables";

	/** Imports referral records from CSV/XLSX; optional parameter {@link #FILE_PARAMETER}. */
	public static final String COMMAND_IMPORT = "hn.siempleo.referral.ui.commands.importReferrals";

	/** The file parameter of {@link #COMMAND_IMPORT}: a path; without it a file dialog asks. */
	public static final String FILE_PARAMETER = "hn.siempleo.referral.ui.commands.file";

	private ReferralUiIds() {
	}
}
