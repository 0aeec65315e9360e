// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.Service;

/**
 * A hole in the network's coverage.
 *
 * @param kind what is missing
 * @param office the office concerned, never null
 * @param service the service concerned, or null
 * @param institution the institution concerned, or null
 * @param agreement the agreement concerned, or null
 */
public record CoverageGap(Kind kind, Office office, Service service, Institution institution, Agreement agreement) {

	/** The kinds of gap. */
	public enum Kind {
		/** An institution commits a service at the office, but the office does not offer it. */
		SERVICE_NOT_OFFERED,
		/** An integrated office lacks a partner that has commitments there. */
		PARTNER_MISSING,
		/** An integrated office has no partner institution at all. */
		NO_PARTNER,
		/** An integrated office that no agreement integrates. */
		NOT_COVERED,
		/** The office refers people to an institution that has no commitment there. */
		REFERRAL_WITHOUT_COMMITMENT
	}

	/** The gap in one sentence in the workbench's language. */
	public String describe() {
		String officeName = Names.of(office);
		return switch (kind) {
			case SERVICE_NOT_OFFERED -> NLS.bind(Messages.Gap_serviceNotOffered,
					new Object[] { officeName, Names.of(service), Names.acronym(institution) });
			case PARTNER_MISSING -> NLS.bind(Messages.Gap_partnerMissing, officeName, Names.acronym(institution));
			case NO_PARTNER -> NLS.bind(Messages.Gap_noPartner, officeName);
			case NOT_COVERED -> NLS.bind(Messages.Gap_notCovered, officeName);
			case REFERRAL_WITHOUT_COMMITMENT -> NLS.bind(Messages.Gap_referralWithoutCommitment, officeName,
					Names.acronym(institution));
		};
	}

	/** The kind's short label, for the gap list's first column. */
	public String kindLabel() {
		return switch (kind) {
			case SERVICE_NOT_OFFERED -> Messages.GapKind_serviceNotOffered;
			case PARTNER_MISSING -> Messages.GapKind_partnerMissing;
			case NO_PARTNER -> Messages.GapKind_noPartner;
			case NOT_COVERED -> Messages.GapKind_notCovered;
			case REFERRAL_WITHOUT_COMMITMENT -> Messages.GapKind_referralWithoutCommitment;
		};
	}
}
