// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * The shell a dialog belongs to. The "active shell" a command receives can be one that was closed meanwhile
 * (an in-place editor's or a finished dialog's shell): dialogs then fail with "Widget is disposed". This picks
 * the first live, visible shell among: the event's active shell, the active workbench window's, any workbench
 * window's, the display's active shell.
 */
public final class Shells {

	private Shells() {
	}

	/** A live parent shell for dialogs opened by a command; null only when the workbench has no window at all. */
	public static Shell parent(ExecutionEvent event) {
		Shell fromEvent = event == null ? null : HandlerUtil.getActiveShell(event);
		if (usable(fromEvent)) {
			return fromEvent;
		}
		return parent();
	}

	/** A live parent shell for dialogs opened outside a command. */
	public static Shell parent() {
		if (!PlatformUI.isWorkbenchRunning()) {
			Display display = Display.getCurrent();
			return display == null ? null : usableOrNull(display.getActiveShell());
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		IWorkbenchWindow active = workbench.getActiveWorkbenchWindow();
		if (active != null && usable(active.getShell())) {
			return active.getShell();
		}
		for (IWorkbenchWindow window : workbench.getWorkbenchWindows()) {
			if (usable(window.getShell())) {
				return window.getShell();
			}
		}
		return usableOrNull(workbench.getDisplay().getActiveShell());
	}

	/** Whether a shell can parent a dialog: not null, not disposed, visible. */
	public static boolean usable(Shell shell) {
		return shell != null && !shell.isDisposed() && shell.isVisible();
	}

	private static Shell usableOrNull(Shell shell) {
		return usable(shell) ? shell : null;
	}
}
