// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.tests.uikit.UiKit;

/** Undo and Redo labels, actions and enablement callbacks over a command stack. */
class CommandStackActionsTest {

	private final BasicCommandStack stack = new BasicCommandStack();
	private final CommandStackActions actions = new CommandStackActions(stack);
	private UndoRedoEnablement enablement;

	@AfterEach
	void stopListening() {
		if (enablement != null) {
			enablement.dispose();
		}
	}

	@Test
	void anEmptyStackOffersPlainLabelsAndNothingToDo() {
		assertEquals("Deshacer", actions.undoLabel());
		assertEquals("Rehacer", actions.redoLabel());
		assertFalse(actions.canUndo());
		assertFalse(actions.canRedo());
		assertFalse(actions.undo());
		assertFalse(actions.redo());
	}

	@Test
	void labelsNameTheCommandToUndoOrRedo() {
		stack.execute(new IdentityCommand("Establecer Responsable"));
		assertTrue(actions.canUndo());
		assertEquals("Deshacer Establecer Responsable", actions.undoLabel());
		assertEquals("Rehacer", actions.redoLabel());

		assertTrue(actions.undo());
		assertEquals("Deshacer", actions.undoLabel());
		assertEquals("Rehacer Establecer Responsable", actions.redoLabel());

		assertTrue(actions.redo());
		assertEquals("Deshacer Establecer Responsable", actions.undoLabel());
	}

	@Test
	void aCommandWithoutLabelGivesThePlainLabel() {
		stack.execute(new IdentityCommand(" "));
		assertEquals("Deshacer", actions.undoLabel());
	}

	@Test
	void theLabelOfAnEmfEditCommandIsItsOwn() {
		ModelFixture model = new ModelFixture("Tegucigalpa");
		try {
			CommandStackActions modelActions = new CommandStackActions(model.commandStack);
			Command set = model.execute(SetCommand.create(model.domain, model.officeNamed("Tegucigalpa"),
					SiempleoPackage.Literals.CODED__NAME, "Choluteca"));
			assertEquals("Deshacer " + set.getLabel(), modelActions.undoLabel());
			assertTrue(modelActions.undo());
			assertEquals("Tegucigalpa", model.workspace.getOffices().get(0).getName());
		} finally {
			model.dispose();
		}
	}

	@Test
	void enablementCallsBackOnTheUiThreadOncePerBurst() {
		UiKit ui = UiKit.forWorkbench();
		AtomicInteger calls = new AtomicInteger();
		AtomicReference<Thread> thread = new AtomicReference<>();
		enablement = new UndoRedoEnablement(stack, ui.display(), () -> {
			calls.incrementAndGet();
			thread.set(Thread.currentThread());
		});

		// a change made off the UI thread is reported on it
		stack.execute(new IdentityCommand("Agregar oficina"));
		ui.waitUntil("un aviso del cambio en la pila", () -> calls.get() == 1);
		assertSame(ui.display().getThread(), thread.get());

		// three changes in one go give one callback
		ui.run(() -> {
			stack.execute(new IdentityCommand("Uno"));
			stack.execute(new IdentityCommand("Dos"));
			stack.undo();
		});
		ui.waitUntil("un aviso de la ráfaga", () -> calls.get() > 1);
		ui.run(() -> {
		});
		assertEquals(2, calls.get());

		// a callback queued before dispose is dropped, and none follow
		ui.run(() -> {
			stack.undo();
			enablement.dispose();
		});
		ui.run(stack::redo);
		ui.run(() -> {
		});
		assertEquals(2, calls.get());
	}
}
