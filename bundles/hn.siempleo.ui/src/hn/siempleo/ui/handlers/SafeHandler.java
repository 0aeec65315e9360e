// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.widgets.Shell;

/**
 * The base of the product's command handlers: the work gets a live parent shell ({@link Shells#parent}), and
 * an unexpected exception is never silent: it is logged and shown in a Spanish error dialog naming the
 * command ({@link CommandFailures}).
 */
public abstract class SafeHandler extends AbstractHandler {

	@Override
	public final Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = Shells.parent(event);
		try {
			return run(event, shell);
		} catch (RuntimeException | LinkageError e) {
			CommandFailures.report(shell, commandName(event), e);
			return null;
		}
	}

	/**
	 * The command's work.
	 *
	 * @param shell a live shell to parent dialogs; null only when the workbench has no window
	 */
	protected abstract Object run(ExecutionEvent event, Shell shell) throws ExecutionException;

	private static String commandName(ExecutionEvent event) {
		try {
			return event.getCommand() == null ? null : event.getCommand().getName();
		} catch (org.eclipse.core.commands.common.NotDefinedException e) {
			return event.getCommand().getId();
		}
	}
}
