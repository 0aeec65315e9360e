// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Commitment;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.referral.fixtures.CommandSteps;
import hn.siempleo.referral.fixtures.Network;

/** The commitments matrix institution × service × office and the command that sets a cell. */
class CommitmentMatrixTest {

	private Network n;

	@BeforeEach
	void network() {
		n = new Network();
		Commitment commitment = SiempleoFactory.eINSTANCE.createCommitment();
		commitment.setInstitution(n.infop);
		commitment.setService(n.referral);
		commitment.getOffices().add(n.central);
		n.agreement.getCommitments().add(commitment);
	}

	@Test
	void rowsArePartiesTimesServicesAndColumnsTheIntegratedOffices() {
		CommitmentMatrix matrix = CommitmentMatrix.of(n.agreement);
		assertEquals(9, matrix.rows().size(), "3 parties × 3 services");
		assertEquals(List.of(n.central, n.north), matrix.columns());
		CommitmentMatrix.Row infopReferral = new CommitmentMatrix.Row(n.infop, n.referral);
		assertTrue(matrix.isSet(infopReferral, n.central));
		assertFalse(matrix.isSet(infopReferral, n.north));
		assertEquals(1, matrix.rowCount(infopReferral));
		assertEquals(1, matrix.columnCount(n.central));
	}

	@Test
	void settingACellAddsTheOfficeToTheExistingCommitment() {
		CommitmentMatrix.Row row = new CommitmentMatrix.Row(n.infop, n.referral);
		CommandSteps.executeUndoRedo(n.domain,
				NetworkCommands.setCommitment(n.domain, n.agreement, n.infop, n.referral, n.north, true),
				() -> assertFalse(CommitmentMatrix.of(n.agreement).isSet(row, n.north)),
				() -> {
					assertTrue(CommitmentMatrix.of(n.agreement).isSet(row, n.north));
					assertEquals(1, n.agreement.getCommitments().size(), "no second commitment");
				});
	}

	@Test
	void settingACellWithoutCommitmentCreatesOne() {
		CommitmentMatrix.Row row = new CommitmentMatrix.Row(n.senprende, n.intermediation);
		CommandSteps.executeUndoRedo(n.domain,
				NetworkCommands.setCommitment(n.domain, n.agreement, n.senprende, n.intermediation, n.north, true),
				() -> assertEquals(1, n.agreement.getCommitments().size()),
				() -> {
					assertEquals(2, n.agreement.getCommitments().size());
					assertTrue(CommitmentMatrix.of(n.agreement).isSet(row, n.north));
				});
	}

	@Test
	void clearingACellRemovesTheOfficeOnly() {
		CommitmentMatrix.Row row = new CommitmentMatrix.Row(n.infop, n.referral);
		CommandSteps.executeUndoRedo(n.domain,
				NetworkCommands.setCommitment(n.domain, n.agreement, n.infop, n.referral, n.central, false),
				() -> assertTrue(CommitmentMatrix.of(n.agreement).isSet(row, n.central)),
				() -> assertFalse(CommitmentMatrix.of(n.agreement).isSet(row, n.central)));
		assertFalse(NetworkCommands.setCommitment(n.domain, n.agreement, n.infop, n.referral, n.central, false)
				.canExecute(), "nothing left to clear");
	}
}
