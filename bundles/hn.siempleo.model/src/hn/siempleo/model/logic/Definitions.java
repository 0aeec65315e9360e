// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.math.BigDecimal;

import hn.siempleo.model.Action;

/**
 * What the plan still has to define (the report's closing request): an owner and dates for priority 1-2
 * actions, a cost and a funding source for priority 3-4 actions.
 */
public final class Definitions {

	private Definitions() {
	}

	/** Whether a responsible person is named. */
	public static boolean hasOwner(Action action) {
		return notBlank(action.getResponsiblePerson());
	}

	/** Whether start and due dates are both set. */
	public static boolean hasDates(Action action) {
		return action.getStartDate() != null && action.getDueDate() != null;
	}

	/** Whether a positive estimated cost and a funding source are set. */
	public static boolean hasCost(Action action) {
		return action.getEstimatedCost() != null && action.getEstimatedCost().compareTo(BigDecimal.ZERO) > 0
				&& notBlank(action.getFundingSource());
	}

	/** Whether the action lacks something its priority requires. */
	public static boolean isIncomplete(Action action) {
		return Actions.needsBudget(action.getPriority()) ? !hasCost(action) : !hasOwner(action) || !hasDates(action);
	}

	private static boolean notBlank(String text) {
		return text != null && !text.isBlank();
	}
}
