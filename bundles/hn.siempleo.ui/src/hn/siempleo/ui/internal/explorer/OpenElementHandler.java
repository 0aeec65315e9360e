// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ISources;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.ui.emf.EObjectSelection;
import hn.siempleo.ui.handlers.SafeHandler;
import jakarta.inject.Inject;

/** <i>Abrir</i>: opens the selected element in the part that edits it (see {@link hn.siempleo.ui.ElementOpener}). */
public final class OpenElementHandler extends SafeHandler {

	private final ElementOpeners openers;

	@Inject
	public OpenElementHandler(ElementOpeners openers) {
		this.openers = openers;
	}

	/** Enabled for one element that a part edits (a diagnostic): <i>Abrir</i> is not offered where it would do nothing. */
	@Override
	public void setEnabled(Object evaluationContext) {
		Object selection = evaluationContext instanceof IEvaluationContext context
				? context.getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME) : null;
		List<EObject> selected = selection instanceof ISelection current ? EObjectSelection.all(current, EObject.class)
				: List.of();
		setBaseEnabled(selected.size() == 1 && openers.forElement(selected.get(0)).isPresent());
	}

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ElementCommands.open(openers, EObjectSelection.all(HandlerUtil.getCurrentSelection(event), EObject.class));
		return null;
	}
}
