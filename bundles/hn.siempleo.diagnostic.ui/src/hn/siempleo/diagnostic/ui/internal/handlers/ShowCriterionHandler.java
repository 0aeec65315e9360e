// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors.Page;
import hn.siempleo.model.Action;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Ir al criterio de la acción: from the action selected (in the tracker, the explorer or a list) to the criterion it
 * answers, shown in the diagnostic editor. The other half of the link "Crear acción" makes.
 */
public final class ShowCriterionHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		Action action = selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof Action selected ? selected : null;
		Assessment origin = action == null ? null : action.getOriginAssessment();
		if (origin == null || !(origin.eContainer() instanceof Diagnostic diagnostic)) {
			MessageDialog.openInformation(shell, Messages.ShowCriterionHandler_title,
					action == null ? Messages.ShowCriterionHandler_noAction : Messages.ShowCriterionHandler_noOrigin);
			return null;
		}
		HandlerSupport.editors().open(diagnostic, origin, Page.CRITERIA);
		return null;
	}
}
