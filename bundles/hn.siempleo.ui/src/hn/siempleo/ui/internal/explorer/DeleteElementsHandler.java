// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.emf.EObjectSelection;
import hn.siempleo.ui.handlers.SafeHandler;
import jakarta.inject.Inject;

/** Editar &gt; Eliminar (Supr) in the explorer: one undoable command that removes the selected elements. */
public final class DeleteElementsHandler extends SafeHandler {

	private final ModelSession session;

	@Inject
	public DeleteElementsHandler(ModelSession session) {
		this.session = session;
	}

	/** Enabled for a selection of model elements that live inside another (a folder or the model itself is not). */
	@Override
	public void setEnabled(Object evaluationContext) {
		Object selection = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
		List<?> selected = selection instanceof IStructuredSelection structured ? structured.toList() : List.of();
		setBaseEnabled(session.current() != null && !selected.isEmpty()
				&& selected.stream().allMatch(element -> element instanceof EObject object && object.eContainer() != null));
	}

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = session.current();
		List<EObject> selected = EObjectSelection.all(HandlerUtil.getCurrentSelection(event), EObject.class);
		Command command = ElementCommands.delete(model, selected);
		if (command != null && command.canExecute()) {
			model.commandStack().execute(command);
		}
		return null;
	}
}
