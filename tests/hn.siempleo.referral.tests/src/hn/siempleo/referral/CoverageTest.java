// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Commitment;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.referral.CoverageGap.Kind;
import hn.siempleo.referral.fixtures.Network;

/** Offices × services × partners, and each kind of gap. */
class CoverageTest {

	@Test
	void countsIntegratedAndTraditionalOffices() {
		Network n = new Network();
		Coverage coverage = Coverage.of(n.workspace);
		assertEquals(2, coverage.integratedCount());
		assertEquals(1, coverage.traditionalCount());
		assertEquals(3, coverage.officesOffering(n.intermediation));
		assertEquals(List.of(Kind.NO_PARTNER), kinds(coverage), "OF-02 is integrated without partners");
	}

	@Test
	void findsEveryKindOfGap() {
		Network n = new Network();
		commit(n, n.infop, n.territorial, n.central); // central does not offer TER
		commit(n, n.senprende, n.referral, n.north); // north lists no partner
		n.referral(n.central, "2024-T1", n.setrass, n.senprende, 4, ReferralOutcome.ATTENDED); // no SENPRENDE commitment at central
		n.referral(n.central, "2024-T1", n.setrass, n.setrass, 4, ReferralOutcome.ATTENDED); // the convener's own: no gap
		n.small.setModel(OfficeModel.INTEGRATED);
		n.small.getPartners().add(n.infop);

		Coverage coverage = Coverage.of(n.workspace);

		assertEquals(List.of(Kind.SERVICE_NOT_OFFERED, Kind.REFERRAL_WITHOUT_COMMITMENT),
				kinds(coverage.gaps(n.central)));
		assertEquals(List.of(Kind.NO_PARTNER, Kind.PARTNER_MISSING), kinds(coverage.gaps(n.north)));
		assertEquals(List.of(Kind.NOT_COVERED), kinds(coverage.gaps(n.small)));
		CoverageGap gap = coverage.gaps(n.central).get(0);
		assertEquals(n.territorial, gap.service());
		assertTrue(gap.describe().contains("INFOP") && gap.describe().contains("TER"), gap.describe());
		assertEquals(List.of(n.infop), coverage.providers(n.central, n.territorial));
	}

	private static void commit(Network n, hn.siempleo.model.Institution institution, hn.siempleo.model.Service service,
			hn.siempleo.model.Office office) {
		Commitment commitment = SiempleoFactory.eINSTANCE.createCommitment();
		commitment.setInstitution(institution);
		commitment.setService(service);
		commitment.getOffices().add(office);
		n.agreement.getCommitments().add(commitment);
	}

	private static List<Kind> kinds(Coverage coverage) {
		return kinds(coverage.gaps());
	}

	private static List<Kind> kinds(List<CoverageGap> gaps) {
		return gaps.stream().map(CoverageGap::kind).toList();
	}
}
