// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Shell;
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

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ElementCommands.open(openers, EObjectSelection.all(HandlerUtil.getCurrentSelection(event), EObject.class));
		return null;
	}
}
