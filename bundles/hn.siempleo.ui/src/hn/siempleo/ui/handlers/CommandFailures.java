// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.handlers;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.IExecutionListener;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

/**
 * What the planner sees when a command fails unexpectedly: the failure is logged with its stack trace and
 * shown in an error dialog that names the command and the reason in Spanish. {@link #listener()} does the same
 * for every command of the workbench that ends with an {@link ExecutionException}.
 */
public final class CommandFailures {

	private static final String BUNDLE = "hn.siempleo.ui"; //$NON-NLS-1$

	private CommandFailures() {
	}

	/** Logs {@code failure} and shows it over {@code shell} (or a live shell when it is not usable). */
	public static void report(Shell shell, String commandName, Throwable failure) {
		String message = commandName == null || commandName.isBlank() ? Messages.CommandFailures_messageNoCommand
				: NLS.bind(Messages.CommandFailures_message, commandName);
		String reason = failure.getMessage() == null || failure.getMessage().isBlank()
				? failure.getClass().getSimpleName()
				: failure.getMessage();
		ILog.of(FrameworkUtil.getBundle(CommandFailures.class)).log(
				new Status(IStatus.ERROR, BUNDLE, message, failure));
		Display display = Display.getCurrent();
		if (display == null) {
			return;
		}
		Shell parent = Shells.usable(shell) ? shell : Shells.parent();
		// a message dialog, not an ErrorDialog: the latter stays closed in automated mode, and the details are logged
		MessageDialog.openError(parent, Messages.CommandFailures_title,
				message + "\n\n" + NLS.bind(Messages.CommandFailures_reason, reason)); //$NON-NLS-1$
	}

	/** A listener for the command service: every command that fails with an exception is reported. */
	public static IExecutionListener listener() {
		return new IExecutionListener() {
			@Override
			public void preExecute(String commandId, org.eclipse.core.commands.ExecutionEvent event) {
				// nothing before
			}

			@Override
			public void postExecuteSuccess(String commandId, Object returnValue) {
				// nothing to say
			}

			@Override
			public void postExecuteFailure(String commandId, ExecutionException exception) {
				report(null, commandId, exception.getCause() != null ? exception.getCause() : exception);
			}

			@Override
			public void notHandled(String commandId, NotHandledException exception) {
				// a command without a handler in this context is disabled, not a failure
			}
		};
	}
}
