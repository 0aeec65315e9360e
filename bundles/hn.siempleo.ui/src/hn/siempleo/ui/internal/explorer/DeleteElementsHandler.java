// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;
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

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(session.current() != null);
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
