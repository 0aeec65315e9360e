// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Cambios por oficina y período…: the change log of the open shared plan by office and dates. */
public final class ChangesHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		SharedPlanCommands commands = new SharedPlanCommands(PlatformUI.getWorkbench());
		OpenModel model = commands.session.current();
		if (model == null || commands.plans.session(model) == null) {
			MessageDialog.openInformation(shell, Messages.Changes_title, Messages.Changes_notShared);
			return null;
		}
		new ChangesDialog(shell, commands.plans, model).open();
		return null;
	}
}
