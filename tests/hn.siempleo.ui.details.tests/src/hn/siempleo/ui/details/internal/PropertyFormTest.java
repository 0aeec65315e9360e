// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Objects;

import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.tests.commands.CommandReplay;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;
import hn.siempleo.ui.details.internal.editors.FieldEditor;

/** Propiedades: each field edit is one command on the model's stack, undone and redone with the form following. */
@ExtendWith(ScreenshotOnFailure.class)
class PropertyFormTest {

	private final UiKit ui = UiKit.forWorkbench();
	private OpenModel model;
	private Action action;
	private ShellDriver window;

	@BeforeEach
	void showAnAction() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		model = ui.call(session::current);
		action = ui.call(() -> model.workspace().getPlans().get(0).getActions().stream()
				.filter(a -> "AC-03".equals(a.getCode())).findFirst().orElseThrow());
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(WorkbenchIds.VIEW_PROPERTIES);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
			session.showElement(action);
		});
		window = ui.workbenchShell();
		ui.waitUntil("AC-03 en Propiedades", () -> window.hasId("details.header.label")
				&& window.label("details.header.label").text().contains("AC-03"));
	}

	/** Leaves the model as it was found, even when a test failed half way. */
	@AfterEach
	void undoEverything() {
		ui.run(() -> {
			while (model.commandStack().canUndo() && model.isDirty()) {
				model.commandStack().undo();
			}
		});
	}

	@Test
	void textAndNumberEditsReplayThroughUndoAndRedo() {
		String owner = ui.call(action::getResponsiblePerson);
		int progress = ui.call(action::getProgress);
		int other = progress == 35 ? 45 : 35;
		CommandReplay.on(model.commandStack()).onThread(ui::run)
				.initially(() -> shows(owner, progress))
				.perform("responsable", () -> window.text("details.responsiblePerson").type("Ana Castillo"),
						() -> shows("Ana Castillo", progress))
				.perform("avance", () -> window.text("details.progress").type(String.valueOf(other)),
						() -> shows("Ana Castillo", other))
				.perform("responsable vacío", () -> window.text("details.responsiblePerson").type(""),
						() -> shows(null, other))
				.run();
		assertEquals("Cambiar Persona responsable", ui.call(() -> model.commandStack().getRedoCommand().getLabel()),
				"the command is labelled for the Edit menu");
	}

	@Test
	void aWrongNumberIsKeptWithItsReasonAndChangesNothing() {
		int progress = ui.call(action::getProgress);
		var undo = ui.call(() -> model.commandStack().getUndoCommand());
		window.text("details.progress").type("ochenta");
		Text field = window.byId(Text.class, "details.progress");
		ui.waitUntil("el motivo junto al campo", () -> field.getData(FieldEditor.PROBLEM_KEY) != null);
		assertTrue(ui.call(() -> (String) field.getData(FieldEditor.PROBLEM_KEY)).startsWith("«ochenta» no es un número"));
		assertEquals("ochenta", window.text("details.progress").value(), "the field keeps what was typed");
		assertEquals(progress, (int) ui.call(action::getProgress));
		assertTrue(undo == ui.call(() -> model.commandStack().getUndoCommand()), "no command was executed");
	}

	@Test
	void typingTheSameValueExecutesNoCommand() {
		String owner = ui.call(action::getResponsiblePerson);
		var undo = ui.call(() -> model.commandStack().getUndoCommand());
		window.text("details.responsiblePerson").type(owner == null ? "" : owner);
		assertTrue(undo == ui.call(() -> model.commandStack().getUndoCommand()), "no command was executed");
	}

	/** The model and the form hold these values (the form may catch up a moment later). */
	private void shows(String owner, int progress) {
		ui.waitUntil("responsable «" + owner + "» y avance " + progress + " en el modelo y en el formulario",
				() -> Objects.equals(owner, action.getResponsiblePerson()) && action.getProgress() == progress
						&& window.text("details.responsiblePerson").value().equals(owner == null ? "" : owner)
						&& window.text("details.progress").value().equals(String.valueOf(progress)));
	}
}
