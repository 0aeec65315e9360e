// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.StepStatus;

/**
 * Derived facts about protocols and local plans: steps in protocol order, and steps done before the
 * previous one. Pure functions; safe from any thread.
 */
public final class LocalPlans {

	private LocalPlans() {
	}

	/** Protocol steps sorted by their {@code order}, ties kept in list order. */
	public static List<ProtocolStep> inOrder(List<ProtocolStep> steps) {
		List<ProtocolStep> sorted = new ArrayList<>(steps);
		sorted.sort(Comparator.comparingInt(ProtocolStep::getOrder));
		return sorted;
	}

	/** A local plan's steps sorted by the order of their protocol step; steps without one come last. */
	public static List<LocalPlanStep> stepsInOrder(LocalPlan plan) {
		List<LocalPlanStep> sorted = new ArrayList<>(plan.getSteps());
		sorted.sort(Comparator.comparingInt(LocalPlans::orderOf));
		return sorted;
	}

	/**
	 * Whether a step is done although a step before it is not, or was reached at an earlier date than a
	 * previous done step.
	 *
	 * @param step a step of a local plan
	 */
	public static boolean doneBeforePrevious(LocalPlanStep step) {
		if (step.getStatus() != StepStatus.DONE || !(step.eContainer() instanceof LocalPlan plan)) {
			return false;
		}
		for (LocalPlanStep other : plan.getSteps()) {
			if (other == step || orderOf(other) >= orderOf(step)) {
				continue;
			}
			if (other.getStatus() != StepStatus.DONE) {
				return true;
			}
			if (other.getDate() != null && step.getDate() != null && step.getDate().isBefore(other.getDate())) {
				return true;
			}
		}
		return false;
	}

	private static int orderOf(LocalPlanStep step) {
		return step.getStep() == null ? Integer.MAX_VALUE : step.getStep().getOrder();
	}
}
