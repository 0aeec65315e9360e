// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;

/** Ctrl+F7 and Ctrl+Shift+F7 move the focus through the parts on screen, and back. */
@ExtendWith(ScreenshotOnFailure.class)
class PartCycleTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void ctrlF7GoesToTheNextPartOnScreenAndCtrlShiftF7Back() {
		IBindingService bindings = ui.call(() -> PlatformUI.getWorkbench().getService(IBindingService.class));
		assertEquals("Ctrl+F7", ui.call(() -> bindings.getBestActiveBindingFormattedFor("hn.siempleo.ui.commands.nextPart")));
		assertEquals("Shift+Ctrl+F7",
				ui.call(() -> bindings.getBestActiveBindingFormattedFor("hn.siempleo.ui.commands.previousPart")));
		IWorkbenchPage page = ui.call(() -> {
			IWorkbenchPage active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				active.activate(active.showView(WorkbenchIds.VIEW_EXPLORER));
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
			return active;
		});
		assertTrue(ui.call(() -> NextPartHandler.shown(page).size()) > 2);
		String explorer = ui.call(() -> page.getActivePart().getTitle());

		run("hn.siempleo.ui.commands.nextPart");
		String next = ui.call(() -> page.getActivePart().getTitle());
		assertNotEquals(explorer, next);
		assertTrue(ui.call(() -> NextPartHandler.shown(page).contains(page.getActivePart())));

		run("hn.siempleo.ui.commands.previousPart");
		assertEquals(explorer, ui.call(() -> page.getActivePart().getTitle()));
	}

	private void run(String commandId) {
		ui.run(() -> {
			ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
			IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
			try {
				handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), Map.of()),
						null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
