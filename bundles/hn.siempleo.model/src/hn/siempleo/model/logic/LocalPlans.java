// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.StepStatus;
import hn.siempleo.model.Workspace;

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
	 * Whether a step is done although an earlier step of the protocol is not (or has no record in the plan),
	 * or was reached at an earlier date than an earlier step.
	 *
	 * @param step a step of a local plan
	 */
	public static boolean doneBeforePrevious(LocalPlanStep step) {
		if (step.getStatus() != StepStatus.DONE || !(step.eContainer() instanceof LocalPlan plan)) {
			return false;
		}
		for (LocalPlanStep other : plan.getSteps()) {
			if (other != step && orderOf(other) < orderOf(step) && other.getDate() != null && step.getDate() != null
					&& step.getDate().isBefore(other.getDate())) {
				return true;
			}
		}
		for (ProtocolStep earlier : protocolOf(plan)) {
			if (earlier.getOrder() >= orderOf(step)) {
				continue;
			}
			boolean done = plan.getSteps().stream()
					.anyMatch(s -> s.getStep() == earlier && s.getStatus() == StepStatus.DONE);
			if (!done) {
				return true;
			}
		}
		return false;
	}

	/** The workspace's local plan protocol that applies to a plan, or an empty list outside a workspace. */
	private static List<ProtocolStep> protocolOf(LocalPlan plan) {
		for (EObject current = plan.eContainer(); current != null; current = current.eContainer()) {
			if (current instanceof Workspace workspace) {
				return workspace.getLocalPlanProtocol();
			}
		}
		return List.of();
	}

	private static int orderOf(LocalPlanStep step) {
		return step.getStep() == null ? Integer.MAX_VALUE : step.getStep().getOrder();
	}
}
