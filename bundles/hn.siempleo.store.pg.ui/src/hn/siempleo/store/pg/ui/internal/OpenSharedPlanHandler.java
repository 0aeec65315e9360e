// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.store.pg.SharedPlan;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Abrir plan compartido…: connects, opens the plan and follows the server's changes. */
public final class OpenSharedPlanHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		SharedPlanCommands commands = new SharedPlanCommands(PlatformUI.getWorkbench());
		OpenModel current = commands.session.current();
		if (current != null && current.isDirty()
				&& !MessageDialog.openConfirm(shell, Messages.Open_title, NLS.bind(Messages.Open_discard, current.displayName()))) {
			return null;
		}
		SharedPlanCommands.Connection connection = commands.connect(shell, false, null);
		if (connection == null) {
			return null;
		}
		commands.inJob(NLS.bind(Messages.Open_job, connection.plan()), connection.server(), Messages.Open_failed,
				monitor -> {
					OpenModel model = commands.models.open(connection.server().planLocation(connection.plan()), monitor);
					commands.display.asyncExec(() -> {
						commands.session.replace(model);
						SharedPlan live = commands.plans.session(model);
						if (live != null) {
							live.addListener(commands::show);
							live.followServer(commands.display::asyncExec);
						}
					});
				});
		return null;
	}
}
