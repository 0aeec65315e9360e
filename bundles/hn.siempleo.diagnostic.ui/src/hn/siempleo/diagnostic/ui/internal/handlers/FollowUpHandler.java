// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.time.LocalDate;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.diagnostic.ScanSpec;
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors.Page;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Nuevo seguimiento: copies the diagnostic shown (or selected) as the baseline of a follow-up (one undoable step)
 * and opens the follow-up on its summary, compared with the baseline.
 */
public final class FollowUpHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = HandlerSupport.session().current();
		Diagnostic baseline = model == null ? null : HandlerSupport.target(event, model);
		if (baseline == null) {
			MessageDialog.openInformation(shell, Messages.FollowUpHandler_title, Messages.Handlers_noDiagnostic);
			return null;
		}
		ScanDialog dialog = new ScanDialog(shell, model.workspace(), baseline, ModelClock.today(model.workspace()));
		if (dialog.open() != Window.OK || !HandlerSupport.stillOpen(model)) {
			return null;
		}
		ScanSpec spec = dialog.result();
		Command command = DiagnosticCommands.followUp(model.editingDomain(), baseline, spec.code(), spec.name(),
				spec.date());
		model.commandStack().execute(command);
		if (command.getResult().iterator().next() instanceof Diagnostic followUp) {
			HandlerSupport.editors().open(followUp, null, Page.SUMMARY);
		}
		return null;
	}
}
