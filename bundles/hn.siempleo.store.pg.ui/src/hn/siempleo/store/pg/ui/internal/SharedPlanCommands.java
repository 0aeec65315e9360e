// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
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
