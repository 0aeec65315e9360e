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
import hn.siempleo.ui.handlers.SafeHandler;
import hn.siempleo.ui.handlers.Shells;

/** Archivo &gt; Publicar en servidor…: uploads the open model as a new shared plan (all or nothing). */
public final class PublishPlanHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		SharedPlanCommands commands = new SharedPlanCommands(PlatformUI.getWorkbench());
		OpenModel model = commands.session.current();
		if (model == null) {
			MessageDialog.openInformation(shell, Messages.Publish_title, Messages.Publish_noModel);
			return null;
		}
		ConnectDialog dialog = new ConnectDialog(shell, commands.plans, true, model.workspace().getName());
		if (dialog.open() != Window.OK) {
			return null;
		}
		ServerAddress server = dialog.address();
		if (dialog.rememberPassword()) {
			Passwords.remember(server);
		}
		Passwords.rememberLast(server);
		String plan = dialog.planName();
		Job job = Job.create(NLS.bind(Messages.Publish_job, plan), monitor -> {
			try {
				if (commands.schemaReady(server)) {
					commands.plans.publish(model.resource(), server, plan, monitor);
					commands.display.asyncExec(() -> MessageDialog.openInformation(Shells.parent(), Messages.Publish_title,
							NLS.bind(Messages.Publish_done, plan, server.display())));
				}
			} catch (ModelStoreException e) {
				commands.error(Messages.Publish_failed, e.getMessage());
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
		return null;
	}
}
