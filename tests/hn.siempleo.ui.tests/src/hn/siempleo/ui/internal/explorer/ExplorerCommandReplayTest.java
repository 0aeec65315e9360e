// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.tests.commands.CommandReplay;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.TreeDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;

/**
 * The explorer's edits, built as its context menu builds them (a new child from the item provider's
 * descriptors, Delete of the selection), replayed through execute, undo and redo with the tree following.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ExplorerCommandReplayTest {

	private final UiKit ui = UiKit.forWorkbench();
	private OpenModel model;
	private TreeDriver tree;

	@BeforeEach
	void waitForTheDataSet() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		model = ui.call(session::current);
		tree = ui.workbenchShell().tree("explorer.tree");
	}

	/** Leaves the model as it was found, even when a step failed half way (later tests open other files). */
	@AfterEach
	void undoEverything() {
		ui.run(() -> {
			while (model.commandStack().canUndo() && model.isDirty()) {
				model.commandStack().undo();
			}
		});
	}

	@Test
	void aNewOfficeAndADeletedActionUndoAndRedo() {
		Workspace workspace = ui.call(model::workspace);
		ActionPlan plan = ui.call(() -> workspace.getPlans().get(0));
		int offices = ui.call(() -> workspace.getOffices().size());
		int actions = ui.call(() -> plan.getActions().size());
		Action deleted = ui.call(() -> plan.getActions().stream().filter(a -> "AC-10".equals(a.getCode())).findFirst()
				.orElseThrow());
		int index = ui.call(() -> plan.getActions().indexOf(deleted));

		CommandReplay.on(model.commandStack()).onThread(ui::run)
				.initially(() -> state(workspace, offices, plan, actions, deleted, index))
				.execute("Nuevo > Oficina", () -> newChild(workspace, Office.class),
						() -> state(workspace, offices + 1, plan, actions, deleted, index))
				.execute("Eliminar AC-10", () -> DeleteCommand.create(model.editingDomain(), List.of(deleted)),
						() -> state(workspace, offices + 1, plan, actions - 1, deleted, -1))
				.run();
	}

	/** The command of the explorer's "Nuevo" menu for a child of this type. */
	private Command newChild(Workspace owner, Class<?> type) {
		EditingDomain domain = model.editingDomain();
		for (Object descriptor : domain.getNewChildDescriptors(owner, null)) {
			if (descriptor instanceof CommandParameter parameter && type.isInstance(parameter.getValue())) {
				return CreateChildCommand.create(domain, owner, descriptor, List.of(owner));
			}
		}
		throw new AssertionError("el explorador no ofrece crear " + type.getSimpleName());
	}

	private void state(Workspace workspace, int offices, ActionPlan plan, int actions, Action action, int index) {
		assertEquals(offices, (int) ui.call(() -> workspace.getOffices().size()), "oficinas en el modelo");
		assertEquals(actions, (int) ui.call(() -> plan.getActions().size()), "acciones en el modelo");
		ui.waitUntil(offices + " oficinas en la carpeta Oficinas del explorador", () -> {
			String folder = tree.rootTexts().stream().filter(t -> t.startsWith("Oficinas (")).findFirst().orElseThrow();
			return tree.childTexts(folder).size() == offices;
		});
		if (index < 0) {
			assertNull(ui.call(action::eContainer), "la acción eliminada sigue en el plan");
		} else {
			assertSame(action, ui.call(() -> plan.getActions().get(index)), "la acción en su lugar");
		}
	}
}
