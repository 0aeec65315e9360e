// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.StepStatus;
import hn.siempleo.model.logic.LocalPlans;
import hn.siempleo.referral.fixtures.CommandSteps;
import hn.siempleo.referral.fixtures.Network;

/** Protocol step order, reordering, and a local plan's progression through the steps. */
class ProtocolAndLocalPlanTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 4, 1);

	@Test
	void movingAStepRenumbersTheProtocol() {
		Network n = new Network();
		CommandSteps.executeUndoRedo(n.domain, NetworkCommands.moveProtocolStep(n.domain, n.formulate, 0),
				() -> {
					assertEquals(List.of(n.install, n.diagnose, n.formulate), n.workspace.getLocalPlanProtocol());
					assertEquals(List.of(1, 2, 3), orders(n));
				},
				() -> {
					assertEquals(List.of(n.formulate, n.install, n.diagnose), n.workspace.getLocalPlanProtocol());
					assertEquals(List.of(1, 2, 3), orders(n));
					assertEquals(List.of(n.formulate, n.install, n.diagnose),
							LocalPlans.inOrder(List.of(n.install, n.diagnose, n.formulate)));
				});
		assertFalse(NetworkCommands.moveProtocolStep(n.domain, n.install, 7).canExecute());
	}

	@Test
	void progressListsEveryProtocolStepAndFlagsOverdueOnes() {
		Network n = new Network();
		LocalPlanProgress progress = LocalPlanProgress.of(n.plan, TODAY);
		assertEquals(3, progress.entries().size());
		assertEquals(1, progress.doneCount());
		assertEquals(n.diagnose, progress.current().step());
		assertEquals(StepStatus.PENDING, progress.current().status());
		assertEquals(List.of(n.diagnose), progress.overdue().stream().map(LocalPlanProgress.Entry::step).toList(),
				"60 days after 2025-01-20 is before 2025-04-01");
		assertTrue(LocalPlanProgress.of(n.plan, LocalDate.of(2025, 3, 1)).overdue().isEmpty());
	}

	@Test
	void advancingStartsThenCompletesTheCurrentStep() {
		Network n = new Network();
		CommandSteps.executeUndoRedo(n.domain, NetworkCommands.advance(n.domain, n.plan, TODAY),
				() -> assertEquals(StepStatus.PENDING, LocalPlanProgress.of(n.plan, TODAY).current().status()),
				() -> {
					LocalPlanProgress.Entry current = LocalPlanProgress.of(n.plan, TODAY).current();
					assertEquals(n.diagnose, current.step());
					assertEquals(StepStatus.IN_PROGRESS, current.status());
				});
		CommandSteps.executeUndoRedo(n.domain, NetworkCommands.advance(n.domain, n.plan, TODAY),
				() -> assertNull(LocalPlanProgress.of(n.plan, TODAY).entries().get(1).date()),
				() -> {
					LocalPlanProgress progress = LocalPlanProgress.of(n.plan, TODAY);
					assertEquals(StepStatus.DONE, progress.entries().get(1).status());
					assertEquals(TODAY, progress.entries().get(1).date());
					assertEquals(n.formulate, progress.current().step());
				});
		assertEquals("Completar el paso «PL-2»", n.domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void aPlanWithEveryStepDoneCannotAdvance() {
		Network n = new Network();
		for (int i = 0; i < 4; i++) {
			n.domain.getCommandStack().execute(NetworkCommands.advance(n.domain, n.plan, TODAY));
		}
		assertNull(LocalPlanProgress.of(n.plan, TODAY).current());
		assertFalse(NetworkCommands.advance(n.domain, n.plan, TODAY).canExecute());
	}

	private static List<Integer> orders(Network n) {
		return n.workspace.getLocalPlanProtocol().stream().map(ProtocolStep::getOrder).toList();
	}
}
