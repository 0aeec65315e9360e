// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

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
		SharedPlanCommands.Connection connection = commands.connect(shell, true, model.workspace().getName());
		if (connection == null) {
			return null;
		}
		String plan = connection.plan();
		ServerAddress server = connection.server();
		commands.inJob(NLS.bind(Messages.Publish_job, plan), server, Messages.Publish_failed, monitor -> {
			commands.plans.publish(model.resource(), server, plan, monitor);
			commands.display.asyncExec(() -> MessageDialog.openInformation(Shells.parent(), Messages.Publish_title,
					NLS.bind(Messages.Publish_done, plan, server.display())));
		});
		return null;
	}
}
