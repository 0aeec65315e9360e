// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.commands;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;

/**
 * A command test as a list of steps, each with the state expected after it, replayed through the command
 * stack: every step is executed in order and its state checked; then every step is undone in reverse order,
 * checking after each undo the state of the step before (the initial state after the last undo); then every
 * step is redone in order, checking its state again; finally everything is undone once more, so that the
 * model is left as it was found (the initial state is checked a last time).
 *
 * <pre>
 * CommandReplay.on(domain.getCommandStack())
 *         .initially(() -&gt; assertEquals(0, action.getProgress()))
 *         .execute("50 %", () -&gt; SetCommand.create(domain, action, PROGRESS, 50),
 *                 () -&gt; assertEquals(50, action.getProgress()))
 *         .run();
 * </pre>
 *
 * A step either gives the command ({@link #execute}) or performs what a user does ({@link #perform}: type in
 * a field, edit a grid cell), which must put exactly one new command on the stack. Steps, commands and checks
 * are built lazily: a command is created when its step runs, so it may depend on the steps before.
 * <p>
 * Stack operations (creating and executing a command, undo, redo) run through {@link #onThread}, by default on
 * the calling thread; UI tests pass their kit's {@code run}. User actions and checks run on the calling thread
 * (a UI test's check may wait for the widgets to catch up). A failure names the step and the phase: "deshacer «50 %»".
 * An instance is single-use and not thread-safe.
 */
public final class CommandReplay {

	/** A step: {@code action} runs on the stack's thread when {@code onStackThread}, else on the caller's. */
	private record Step(String description, Runnable action, boolean onStackThread, Runnable check) {
	}

	private final CommandStack stack;
	private final List<Step> steps = new ArrayList<>();
	private Consumer<Runnable> thread = Runnable::run;
	private Runnable initial = () -> {
	};

	private CommandReplay(CommandStack stack) {
		this.stack = stack;
	}

	/**
	 * A replay on this stack.
	 *
	 * @param stack the command stack of the model under test, not null
	 */
	public static CommandReplay on(CommandStack stack) {
		return new CommandReplay(Objects.requireNonNull(stack));
	}

	/**
	 * Runs stack operations through {@code runner}, e.g. {@code ui::run} so that they happen on the UI thread;
	 * the runner must not return before the code has run.
	 */
	public CommandReplay onThread(Consumer<Runnable> runner) {
		this.thread = Objects.requireNonNull(runner);
		return this;
	}

	/** The check of the state before the first step, run first and after everything is undone. */
	public CommandReplay initially(Runnable check) {
		this.initial = Objects.requireNonNull(check);
		return this;
	}

	/**
	 * A step that executes a command on the stack; the command must be executable.
	 *
	 * @param description what the step does, for failure messages
	 * @param command creates the command when the step runs
	 * @param check asserts the state expected after the step
	 */
	public CommandReplay execute(String description, Supplier<? extends Command> command, Runnable check) {
		steps.add(new Step(description, () -> {
			Command created = command.get();
			assertTrue(created.canExecute(), () -> "no se puede ejecutar «" + description + "»");
			stack.execute(created);
		}, true, check));
		return this;
	}

	/**
	 * A step done as a user does it; afterwards the stack must have a new command to undo (the step's).
	 *
	 * @param description what the step does, for failure messages
	 * @param userAction the action, run on the calling thread (a UI kit's drivers find their own way to the UI
	 *            thread); it must return once the command is on the stack
	 * @param check asserts the state expected after the step
	 */
	public CommandReplay perform(String description, Runnable userAction, Runnable check) {
		steps.add(new Step(description, userAction, false, check));
		return this;
	}

	/** Replays the steps: execute, undo, redo, undo again; see the class comment. */
	public void run() {
		if (steps.isEmpty()) {
			fail("una repetición sin pasos");
		}
		check(initial, "estado inicial");
		for (Step step : steps) {
			Command before = onStack(stack::getUndoCommand);
			if (step.onStackThread()) {
				thread.accept(step.action());
			} else {
				step.action().run();
			}
			Command after = onStack(stack::getUndoCommand);
			assertTrue(after != null, () -> "«" + step.description() + "» no dejó una orden que deshacer");
			assertNotSame(before, after, () -> "«" + step.description() + "» no dejó una orden nueva que deshacer");
			check(step.check(), "ejecutar «" + step.description() + "»");
		}
		undoAll();
		for (Step step : steps) {
			assertTrue(onStack(stack::canRedo), () -> "no se puede rehacer «" + step.description() + "»");
			thread.accept(stack::redo);
			check(step.check(), "rehacer «" + step.description() + "»");
		}
		undoAll();
	}

	private void undoAll() {
		for (int i = steps.size() - 1; i >= 0; i--) {
			Step step = steps.get(i);
			assertTrue(onStack(stack::canUndo), () -> "no se puede deshacer «" + step.description() + "»");
			thread.accept(stack::undo);
			check(i == 0 ? initial : steps.get(i - 1).check(), "deshacer «" + step.description() + "»");
		}
	}

	private <T> T onStack(Supplier<T> query) {
		List<T> result = new ArrayList<>(1);
		thread.accept(() -> result.add(query.get()));
		return result.get(0);
	}

	private static void check(Runnable check, String phase) {
		try {
			check.run();
		} catch (AssertionError e) {
			throw new AssertionError("Tras " + phase + ": " + e.getMessage(), e);
		}
	}
}
