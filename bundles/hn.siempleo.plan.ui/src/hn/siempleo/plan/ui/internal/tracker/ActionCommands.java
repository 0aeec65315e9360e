// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.logic.Actions;

/**
 * The tracker's commands that add and remove actions of the plan shown, each one undoable step whose label names
 * the actions ("Nueva acción AC-84", "Eliminar AC-05").
 */
final class ActionCommands {

	private ActionCommands() {
	}

	/**
	 * A new action at the end of the plan, with the plan's next code, not started, and the axis, dimensions and
	 * priority of the action the planner was on, when there is one (a new action is most often one more of the
	 * same kind). Its result is the action.
	 *
	 * @param like the selected action, or null
	 */
	static Command create(EditingDomain domain, ActionPlan plan, Action like) {
		Action action = SiempleoFactory.eINSTANCE.createAction();
		action.setCode(Actions.nextCode(plan));
		action.setStatus(ActionStatus.NOT_STARTED);
		if (like != null) {
			action.setAxis(like.getAxis());
			action.setDimension(like.getDimension());
			action.setPlanDimension(like.getPlanDimension());
			action.setPriority(like.getPriority());
			action.setPhase(like.getPhase());
		}
		String label = NLS.bind(Messages.ActionCommands_new, action.getCode());
		CompoundCommand command = new CompoundCommand(0, label, label);
		command.append(AddCommand.create(domain, plan, SiempleoPackage.Literals.ACTION_PLAN__ACTIONS, action));
		return command;
	}

	/**
	 * Deletes actions, and every reference to them (indicators, assessments, agreements), as one step.
	 *
	 * @param actions one or more actions
	 */
	static Command delete(EditingDomain domain, List<Action> actions) {
		String label = actions.size() == 1 ? NLS.bind(Messages.ActionCommands_delete, actions.get(0).getCode())
				: NLS.bind(Messages.ActionCommands_deleteMany, actions.size());
		CompoundCommand command = new CompoundCommand(0, label, label);
		command.append(DeleteCommand.create(domain, actions));
		return command;
	}
}
