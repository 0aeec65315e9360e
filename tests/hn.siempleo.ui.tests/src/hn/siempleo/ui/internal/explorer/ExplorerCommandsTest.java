// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TreeDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * The explorer (an e4 part) as a planner uses it: its context menu creates a child through the item
 * providers' descriptors, the workbench's Delete command removes the selection, Undo brings it back; each is
 * one command on the open model.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExplorerCommandsTest {

	private final UiKit ui = UiKit.forWorkbench();
	private ModelSession session;
	private OpenModel model;

	@BeforeEach
	void showTheExplorer() {
		session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("un modelo abierto", () -> session.current() != null);
		model = ui.call(session::current);
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(WorkbenchIds.VIEW_EXPLORER);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	@Test
	void deleteRemovesTheSelectedOfficeAndUndoBringsItBack() {
		Workspace workspace = model.workspace();
		Office office = ui.call(() -> workspace.getOffices().get(workspace.getOffices().size() - 1));
		int offices = ui.call(() -> workspace.getOffices().size());
		ui.run(() -> session.showElement(office));
		ShellDriver window = ui.workbenchShell();
		ui.waitUntil("la oficina seleccionada", () -> window.tree("explorer.tree").selection().size() == 1);
		ui.post(() -> {
			var commands = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandService.class);
			var handlers = PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class);
			try {
				handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand
						.generateCommand(commands.getCommand("org.eclipse.ui.edit.delete"), java.util.Map.of()), null);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ui.waitUntil("la oficina eliminada", () -> ui.call(() -> workspace.getOffices().size()) == offices - 1);
		assertTrue(ui.call(() -> office.eContainer() == null));
		ui.run(() -> model.commandStack().undo());
		ui.waitUntil("la oficina de vuelta", () -> ui.call(() -> workspace.getOffices().contains(office)));
	}

	@Test
	void theTreesContextMenuOpensCreatesAndDeletes() {
		Workspace workspace = model.workspace();
		Office office = ui.call(() -> workspace.getOffices().get(workspace.getOffices().size() - 1));
		int offices = ui.call(() -> workspace.getOffices().size());
		ui.run(() -> session.showElement(office));
		TreeDriver tree = ui.workbenchShell().tree("explorer.tree");
		ui.waitUntil("la oficina seleccionada", () -> tree.selection().size() == 1);
		// an office has no part that edits it: no Abrir that would do nothing
		assertEquals(List.of("Nuevo", "Eliminar"), tree.contextMenuTexts());

		tree.contextMenu("Eliminar");
		ui.waitUntil("la oficina eliminada", () -> ui.call(() -> workspace.getOffices().size()) == offices - 1);
		ui.run(() -> model.commandStack().undo());
		ui.waitUntil("la oficina de vuelta", () -> ui.call(() -> workspace.getOffices().contains(office)));

		hn.siempleo.model.ActionPlan plan = ui.call(() -> workspace.getPlans().get(0));
		int actions = ui.call(() -> plan.getActions().size());
		ui.run(() -> session.showElement(plan));
		ui.waitUntil("el plan seleccionado", () -> tree.selection().size() == 1);
		tree.contextMenu("Nuevo", "Acción");
		ui.waitUntil("la acción nueva", () -> ui.call(() -> plan.getActions().size()) == actions + 1);
		ui.run(() -> model.commandStack().undo());
		assertEquals(actions, (int) ui.call(() -> plan.getActions().size()));

		// on a folder: a new element of its kind, and nothing to delete
		tree.select("Oficinas (" + offices + ")");
		ui.waitUntil("la carpeta seleccionada", () -> tree.selection().equals(List.of("Oficinas (" + offices + ")")));
		assertEquals(List.of("Oficina"), ui.workbenchShell().tree("explorer.tree").contextSubmenuTexts("Nuevo"));
		assertFalse(tree.contextMenuEnabled("Eliminar"));
		tree.contextMenu("Nuevo", "Oficina");
		ui.waitUntil("la oficina nueva", () -> ui.call(() -> workspace.getOffices().size()) == offices + 1);
		ui.waitUntil("la carpeta cuenta la oficina nueva",
				() -> tree.rootTexts().contains("Oficinas (" + (offices + 1) + ")"));
		ui.run(() -> model.commandStack().undo());
		assertEquals(offices, (int) ui.call(() -> workspace.getOffices().size()));
		ui.waitUntil("la carpeta cuenta como antes", () -> tree.rootTexts().contains("Oficinas (" + offices + ")"));

		// a diagnostic opens in its editor
		hn.siempleo.model.Diagnostic diagnostic = ui.call(() -> workspace.getDiagnostics().get(0));
		ui.run(() -> session.showElement(diagnostic));
		ui.waitUntil("el diagnóstico seleccionado", () -> tree.selection().size() == 1);
		assertTrue(tree.contextMenuTexts().contains("Abrir"), tree.contextMenuTexts().toString());

		// on an element without children, the submenu says so
		ui.run(() -> session.showElement(office));
		ui.waitUntil("la oficina seleccionada", () -> tree.selection().size() == 1);
		assertEquals(List.of("(nada que crear aquí)"), tree.contextSubmenuTexts("Nuevo"));
		assertTrue(tree.contextMenuEnabled("Eliminar"));
	}

	@Test
	void theNewMenuOffersTheChildrenOfTheSelectionAndCreatesOne() {
		Workspace workspace = model.workspace();
		hn.siempleo.model.ActionPlan plan = ui.call(() -> workspace.getPlans().get(0));
		ui.run(() -> session.showElement(plan));
		ui.waitUntil("el plan seleccionado", () -> ui.workbenchShell().tree("explorer.tree").selection().size() == 1);
		int actions = ui.call(() -> plan.getActions().size());
		List<String> labels = ui.call(() -> {
			NewChildMenu menu = new NewChildMenu();
			menu.initialize(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			IContributionItem[] items = menu.getContributionItems();
			return java.util.Arrays.stream(items)
					.map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction().getText()).toList();
		});
		String newAction = labels.stream().filter(l -> l.equals("Acción")).findFirst()
				.orElseThrow(() -> new AssertionError(labels.toString()));
		ui.run(() -> {
			NewChildMenu menu = new NewChildMenu();
			menu.initialize(PlatformUI.getWorkbench().getActiveWorkbenchWindow());
			java.util.Arrays.stream(menu.getContributionItems())
					.map(item -> ((org.eclipse.jface.action.ActionContributionItem) item).getAction())
					.filter(action -> action.getText().equals(newAction)).findFirst().orElseThrow().run();
		});
		assertEquals(actions + 1, (int) ui.call(() -> plan.getActions().size()));
		ui.run(() -> model.commandStack().undo());
		assertEquals(actions, (int) ui.call(() -> plan.getActions().size()));
	}
}
