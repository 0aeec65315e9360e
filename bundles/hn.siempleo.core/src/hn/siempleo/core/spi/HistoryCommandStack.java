// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.spi;

import java.util.function.Predicate;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The command stack of every open model: a {@link BasicCommandStack} whose history a store may trim. A shared
 * store uses it to take back a command the server rejected and to drop undo entries that remote changes made
 * invalid. Call from the thread that owns the model.
 */
public class HistoryCommandStack extends BasicCommandStack {

	/**
	 * Removes {@code command} from the history without undoing or redoing it (the caller has already put the
	 * model into the state it wants) and notifies listeners.
	 *
	 * @return whether the command was in the history
	 */
	public boolean forget(Command command) {
		return drop(c -> c == command) > 0;
	}

	/**
	 * Removes every entry of the history that matches, without running any of them, and notifies listeners
	 * when something was removed. Entries above a removed one stay undoable.
	 *
	 * @return how many entries were removed
	 */
	public int drop(Predicate<Command> invalid) {
		int removed = 0;
		for (int i = commandList.size() - 1; i >= 0; i--) {
			Command command = commandList.get(i);
			if (!invalid.test(command)) {
				continue;
			}
			commandList.remove(i);
			removed++;
			if (i <= top) {
				top--;
			}
			if (i <= saveIndex) {
				saveIndex = saveIndex == i ? -2 : saveIndex - 1;
			}
			if (command == mostRecentCommand) {
				mostRecentCommand = null;
			}
			command.dispose();
		}
		if (removed > 0) {
			notifyListeners();
		}
		return removed;
	}
}
