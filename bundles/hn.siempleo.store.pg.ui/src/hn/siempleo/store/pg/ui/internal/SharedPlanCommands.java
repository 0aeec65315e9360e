// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlan;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.ui.handlers.Shells;
import hn.siempleo.ui.internal.session.ModelSessionWriter;

/** What the three commands share: the services, the schema consent and how notices reach the user. */
final class SharedPlanCommands {

	final ModelService models;
	final SharedPlans plans;
	final ModelSessionWriter session;
	final Display display;

	SharedPlanCommands(IWorkbench workbench) {
		this.models = workbench.getService(ModelService.class);
		this.plans = workbench.getService(SharedPlans.class);
		this.session = workbench.getService(ModelSessionWriter.class);
		this.display = workbench.getDisplay();
	}

	/** A server and a plan chosen in the connection dialog. */
	record Connection(ServerAddress server, String plan) {
	}

	/** Work against a server, in a job. */
	interface ServerWork {
		void run(IProgressMonitor monitor) throws ModelStoreException;
	}

	/**
	 * Asks for the server and the plan ({@code publish}: a new plan's name, suggested by {@code suggestedPlan});
	 * remembers the password when the user asked to and the server as the last one used. Null when cancelled.
	 */
	Connection connect(Shell shell, boolean publish, String suggestedPlan) {
		ConnectDialog dialog = new ConnectDialog(shell, plans, publish, suggestedPlan);
		if (dialog.open() != Window.OK) {
			return null;
		}
		ServerAddress server = dialog.address();
		if (dialog.rememberPassword()) {
			Passwords.remember(server);
		}
		Passwords.rememberLast(server);
		return new Connection(server, dialog.planName());
	}

	/**
	 * Runs {@code work} in a user job named {@code name} once the server's schema is ready (see
	 * {@link #schemaReady}); a store failure is shown in an error dialog titled {@code failedTitle}.
	 */
	void inJob(String name, ServerAddress server, String failedTitle, ServerWork work) {
		Job job = Job.create(name, monitor -> {
			try {
				if (!schemaReady(server)) {
					return Status.CANCEL_STATUS;
				}
				work.run(monitor);
			} catch (ModelStoreException e) {
				error(failedTitle, e.getMessage());
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		job.schedule();
	}

	/**
	 * Runs pending schema migrations if the user agrees (asked on the UI thread); false when they are pending and
	 * the user declined. Called from a job.
	 */
	boolean schemaReady(ServerAddress server) throws ModelStoreException {
		List<String> pending = plans.pendingMigrations(server);
		if (pending.isEmpty()) {
			return true;
		}
		boolean[] agreed = new boolean[1];
		display.syncExec(() -> agreed[0] = MessageDialog.openQuestion(Shells.parent(), Messages.Commands_migrateTitle,
				NLS.bind(Messages.Commands_migrate, server.display(), String.join(", ", pending)))); //$NON-NLS-1$
		if (agreed[0]) {
			plans.migrate(server);
		}
		return agreed[0];
	}

	/** Shows a notice of the live session: rejections and dropped undo steps in a dialog, remote changes quietly. */
	void show(SharedPlan.Notice notice) {
		Shell shell = Shells.parent();
		switch (notice.kind()) {
		case CONFLICT -> MessageDialog.openWarning(shell, Messages.Commands_conflictTitle, notice.message());
		case REFUSED -> MessageDialog.openWarning(shell, Messages.Commands_refusedTitle, notice.message());
		case UNDO_DROPPED -> MessageDialog.openInformation(shell, Messages.Commands_undoTitle, notice.message());
		case REMOTE -> {
			// the views refresh by themselves; nothing to interrupt the user for
		}
		}
	}

	void error(String title, String message) {
		display.asyncExec(() -> MessageDialog.openError(Shells.parent(), title, message));
	}
}
