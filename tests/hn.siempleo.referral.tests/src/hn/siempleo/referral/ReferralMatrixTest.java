// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.referral.fixtures.CommandSteps;
import hn.siempleo.referral.fixtures.Network;

/** The from × to matrix, its totals, filters and trend; adding a record through a command. */
class ReferralMatrixTest {

	private Network n;

	@BeforeEach
	void network() {
		n = new Network();
		n.referral(n.central, "2024-T1", n.setrass, n.infop, 10, ReferralOutcome.ATTENDED);
		n.referral(n.central, "2024-T2", n.setrass, n.infop, 5, ReferralOutcome.IN_PROCESS);
		n.referral(n.north, "2024-T1", n.setrass, n.senprende, 7, ReferralOutcome.NOT_ATTENDED);
		n.referral(n.north, "2024-T2", n.infop, n.senprende, 3, ReferralOutcome.ATTENDED);
	}

	@Test
	void countsTotalsAndKnownShare() {
		ReferralMatrix matrix = ReferralMatrix.of(n.workspace, ReferralFilter.ALL);
		assertEquals(List.of(n.setrass, n.infop), matrix.rows());
		assertEquals(List.of(n.infop, n.senprende), matrix.columns());
		assertEquals(15, matrix.count(n.setrass, n.infop));
		assertEquals(0, matrix.count(n.infop, n.infop));
		assertEquals(22, matrix.rowTotal(n.setrass));
		assertEquals(3, matrix.rowTotal(n.infop));
		assertEquals(15, matrix.columnTotal(n.infop));
		assertEquals(10, matrix.columnTotal(n.senprende));
		assertEquals(25, matrix.total());
		assertEquals(20, matrix.known(), "everything but the 5 in process");
		assertEquals(13, matrix.attended());
		assertEquals(0.8, matrix.knownShare(), 1e-9);
	}

	@Test
	void filtersByOfficePeriodAndInstitution() {
		assertEquals(15, ReferralMatrix.of(n.workspace, new ReferralFilter(null, n.central, null, null)).total());
		assertEquals(17, ReferralMatrix.of(n.workspace, new ReferralFilter(null, null, " 2024-T1 ", null)).total());
		assertEquals(10, ReferralMatrix.of(n.workspace, new ReferralFilter(null, null, null, n.senprende)).total());
		assertEquals(3, ReferralMatrix.of(n.workspace, new ReferralFilter(null, n.north, "2024-T2", n.infop)).total());
		assertEquals(0, ReferralMatrix.of(n.workspace, new ReferralFilter(null, n.small, null, null)).knownShare());
	}

	@Test
	void trendByPeriodIgnoresThePeriodFilter() {
		List<ReferralMatrix.PeriodTotal> trend = ReferralMatrix.trend(n.workspace,
				new ReferralFilter(null, null, "2024-T2", n.infop));
		assertEquals(List.of(new ReferralMatrix.PeriodTotal("2024-T1", 10, 10, 10),
				new ReferralMatrix.PeriodTotal("2024-T2", 8, 3, 3)), trend);
		assertEquals(List.of("2024-T1", "2024-T2"), ReferralMatrix.periods(n.workspace));
	}

	@Test
	void addingARecordIsOneUndoableCommandThatChangesTheTotals() {
		var record = NetworkCommands.newReferral(n.small, "2024-T3", n.setrass, n.infop, n.referral, 4,
				ReferralOutcome.ATTENDED);
		CommandSteps.executeUndoRedo(n.domain, NetworkCommands.addReferrals(n.domain, n.agreement, List.of(record)),
				() -> assertEquals(25, ReferralMatrix.of(n.workspace, ReferralFilter.ALL).total()),
				() -> {
					ReferralMatrix matrix = ReferralMatrix.of(n.workspace, ReferralFilter.ALL);
					assertEquals(29, matrix.total());
					assertEquals(19, matrix.count(n.setrass, n.infop));
					assertEquals(26, matrix.rowTotal(n.setrass));
				});
		assertEquals("Agregar registro de derivaciones", n.domain.getCommandStack().getUndoCommand().getLabel());
	}
}
