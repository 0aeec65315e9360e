// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.store.pg.ServerAddress;
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
		ConnectDialog dialog = new ConnectDialog(shell, commands.plans, false, null);
		if (dialog.open() != Window.OK) {
			return null;
		}
		ServerAddress server = dialog.address();
		if (dialog.rememberPassword()) {
			Passwords.remember(server);
		}
		Passwords.rememberLast(server);
		String plan = dialog.planName();
		Job job = Job.create(NLS.bind(Messages.Open_job, plan), monitor -> {
			try {
				if (!commands.schemaReady(server)) {
					return Status.CANCEL_STATUS;
				}
				OpenModel model = commands.models.open(server.planLocation(plan), monitor);
				commands.display.asyncExec(() -> {
					commands.session.replace(model);
					SharedPlan live = commands.plans.session(model);
					if (live != null) {
						live.addListener(commands::show);
						live.followServer(commands.display::asyncExec);
					}
				});
			} catch (ModelStoreException e) {
				commands.error(Messages.Open_failed, e.getMessage());
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
