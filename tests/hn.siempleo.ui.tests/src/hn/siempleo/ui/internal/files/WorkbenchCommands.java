// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import hn.siempleo.tests.uikit.UiKit;

/** Runs workbench commands from a test thread, as a key binding or menu item would. */
final class WorkbenchCommands {

	private WorkbenchCommands() {
	}

	/** Posts a command with parameters to the UI thread (it may open a modal dialog). */
	static void execute(UiKit ui, String commandId, Map<String, String> parameters) {
		ui.post(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			try {
				handlers.executeCommand(
						ParameterizedCommand.generateCommand(commands.getCommand(commandId), parameters), null);
			} catch (Exception e) {
				throw new IllegalStateException("No se pudo ejecutar " + commandId, e);
			}
		});
	}
}
