// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.osgi.util.NLS;

/**
 * What Undo and Redo menu items and handlers show and do for one {@link CommandStack}: the user's label
 * (for example "Deshacer Establecer Responsable", the prefix from this bundle's messages and the rest from
 * {@link Command#getLabel()}), whether the action is possible, and the action itself. Every call reads the
 * stack's current state; use it on the thread that owns the stack (the UI thread in editors). Pair it with
 * {@link UndoRedoEnablement} to hear when the answers change.
 */
public final class CommandStackActions {

	private final CommandStack stack;

	/**
	 * @param stack the command stack to read and drive, not null
	 */
	public CommandStackActions(CommandStack stack) {
		this.stack = stack;
	}

	/** The stack this object reads and drives. */
	public CommandStack commandStack() {
		return stack;
	}

	/** Whether there is a command to undo now. */
	public boolean canUndo() {
		return stack.canUndo();
	}

	/** Whether there is a command to redo now. */
	public boolean canRedo() {
		return stack.canRedo();
	}

	/**
	 * The label of an Undo item: "Deshacer" followed by the label of the command {@link #undo()} would undo,
	 * or just "Deshacer" when there is none or it has no label. Never null.
	 */
	public String undoLabel() {
		return label(stack.getUndoCommand(), Messages.CommandStackActions_undo,
				Messages.CommandStackActions_undoCommand);
	}

	/**
	 * The label of a Redo item: "Rehacer" followed by the label of the command {@link #redo()} would redo,
	 * or just "Rehacer" when there is none or it has no label. Never null.
	 */
	public String redoLabel() {
		return label(stack.getRedoCommand(), Messages.CommandStackActions_redo,
				Messages.CommandStackActions_redoCommand);
	}

	/**
	 * Undoes the most recent command if there is one.
	 *
	 * @return whether a command was undone
	 */
	public boolean undo() {
		if (!stack.canUndo()) {
			return false;
		}
		stack.undo();
		return true;
	}

	/**
	 * Redoes the most recently undone command if there is one.
	 *
	 * @return whether a command was redone
	 */
	public boolean redo() {
		if (!stack.canRedo()) {
			return false;
		}
		stack.redo();
		return true;
	}

	private static String label(Command command, String plain, String withCommand) {
		String commandLabel = command == null ? null : command.getLabel();
		if (commandLabel == null || commandLabel.isBlank()) {
			return plain;
		}
		return NLS.bind(withCommand, commandLabel.strip());
	}
}
