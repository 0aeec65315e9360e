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
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors.Page;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.ui.handlers.SafeHandler;

/** Nuevo diagnóstico: asks for the scan and adds it (one undoable step), then opens it on its criteria. */
public final class NewScanHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = HandlerSupport.session().current();
		if (model == null) {
			MessageDialog.openInformation(shell, Messages.NewScanHandler_title, Messages.Handlers_noModel);
			return null;
		}
		ScanDialog dialog = new ScanDialog(shell, model.workspace(), null, ModelClock.today(model.workspace()));
		if (dialog.open() != Window.OK || !HandlerSupport.stillOpen(model)) {
			return null;
		}
		Command command = DiagnosticCommands.newScan(model.editingDomain(), model.workspace(), dialog.result());
		model.commandStack().execute(command);
		if (command.getResult().iterator().next() instanceof Diagnostic created) {
			HandlerSupport.editors().open(created, null, Page.CRITERIA);
		}
		return null;
	}
}
