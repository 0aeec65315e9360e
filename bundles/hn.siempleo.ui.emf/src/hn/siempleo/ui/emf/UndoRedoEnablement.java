// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Display;

import hn.siempleo.ui.emf.internal.UiBatcher;

/**
 * Tells a UI-thread callback that a {@link CommandStack} changed (a command was executed, undone, redone or
 * the stack flushed), so that Undo and Redo handlers can update their enablement and labels, for example
 * with {@code setBaseEnabled(actions.canUndo())}. The callback runs asynchronously on the display's UI
 * thread, once per burst of changes, and no more after {@link #dispose()} or once the display is disposed.
 */
public final class UndoRedoEnablement implements CommandStackListener {

	private final CommandStack stack;
	private final UiBatcher<EventObject> changes;
	private volatile boolean disposed;

	/**
	 * Starts listening to the stack.
	 *
	 * @param stack the command stack to follow, not null
	 * @param display the display whose UI thread runs the callback, not null
	 * @param onChange the callback, not null; exceptions it throws reach the display's event loop
	 */
	public UndoRedoEnablement(CommandStack stack, Display display, Runnable onChange) {
		this.stack = stack;
		this.changes = new UiBatcher<>(display, () -> !disposed, batch -> onChange.run());
		stack.addCommandStackListener(this);
	}

	/** Queues the callback; called by the stack, on whatever thread changed it. */
	@Override
	public void commandStackChanged(EventObject event) {
		if (!disposed) {
			changes.add(event);
		}
	}

	/** Stops listening to the stack; a callback already queued does not run. May be called more than once. */
	public void dispose() {
		disposed = true;
		stack.removeCommandStackListener(this);
	}
}
