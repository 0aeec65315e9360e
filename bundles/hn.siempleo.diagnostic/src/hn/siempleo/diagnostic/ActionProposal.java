// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.PlanDimension;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.Term;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.Assessments;

/**
 * A plan action proposed to close a gap, before the planner confirms it: everything the diagnostic knows,
 * pre-filled. Immutable; the {@code with…} methods return changed copies.
 *
 * @param origin the assessment the action answers
 * @param code a code not yet used in the plan ("AC-84")
 * @param title the recommendation, or a title naming the criterion
 * @param description the finding
 * @param dimension the criterion's dimension
 * @param planDimension preparación or respuesta, from the dimension
 * @param axis the suggested axis (see {@link #propose})
 * @param priority the {@linkplain PrioritySuggestion suggested priority}
 * @param phase the phase suggested for the priority
 */
public record ActionProposal(Assessment origin, String code, String title, String description, Dimension dimension,
		PlanDimension planDimension, PolicyAxis axis, int priority, Term phase) {


	/**
	 * Proposes an action for a gap. The axis is the criterion's suggested axis; else the axis most used by the
	 * plan's actions of the same dimension; else the workspace's axis number 1; else none.
	 *
	 * @param gap the gap
	 * @param plan the plan the action would join
	 */
	public static ActionProposal propose(Gap gap, ActionPlan plan) {
		Assessment origin = gap.assessment();
		Criterion criterion = origin.getCriterion();
		Dimension dimension = gap.dimension();
		String title = Assessments.hasRecommendation(origin) ? origin.getRecommendation().strip()
				: NLS.bind(Messages.ActionProposal_title, criterion == null ? "" : criterion.getName());
		int priority = PrioritySuggestion.priority(gap);
		return new ActionProposal(origin, Actions.nextCode(plan), title, origin.getFinding(), dimension,
				dimension == null ? null : dimension.getPlanDimension(), suggestedAxis(criterion, dimension, plan),
				priority, PrioritySuggestion.phase(priority));
	}

	/** A copy with another title. */
	public ActionProposal withTitle(String newTitle) {
		return new ActionProposal(origin, code, newTitle, description, dimension, planDimension, axis, priority, phase);
	}

	/** A copy with another axis. */
	public ActionProposal withAxis(PolicyAxis newAxis) {
		return new ActionProposal(origin, code, title, description, dimension, planDimension, newAxis, priority, phase);
	}

	/** A copy with another priority (1 to 4). */
	public ActionProposal withPriority(int newPriority) {
		return new ActionProposal(origin, code, title, description, dimension, planDimension, axis, newPriority, phase);
	}

	/** A copy with another phase. */
	public ActionProposal withPhase(Term newPhase) {
		return new ActionProposal(origin, code, title, description, dimension, planDimension, axis, priority, newPhase);
	}

	private static PolicyAxis suggestedAxis(Criterion criterion, Dimension dimension, ActionPlan plan) {
		if (criterion != null && criterion.getSuggestedAxis() != null) {
			return criterion.getSuggestedAxis();
		}
		Map<PolicyAxis, Integer> used = new LinkedHashMap<>();
		for (Action action : plan.getActions()) {
			if (dimension != null && action.getDimension() == dimension && action.getAxis() != null) {
				used.merge(action.getAxis(), 1, Integer::sum);
			}
		}
		if (!used.isEmpty()) {
			return used.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		}
		Workspace workspace = DiagnosticFigures.workspaceOf(plan);
		if (workspace == null || workspace.getAxes().isEmpty()) {
			return null;
		}
		return workspace.getAxes().stream().min(Comparator.comparingInt(PolicyAxis::getNumber)).orElseThrow();
	}
}
