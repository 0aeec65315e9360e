// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.Test;

/** The replay passes correct commands and names the phase and step of a wrong one. */
class CommandReplayTest {

	private final CommandStack stack = new BasicCommandStack();
	private final List<String> list = new ArrayList<>();

	/** Appends a word; {@code undoes} and {@code redoes} say whether undo and redo really work. */
	private final class Append extends AbstractCommand {
		private final String word;
		private final boolean undoes;
		private final boolean redoes;

		Append(String word, boolean undoes, boolean redoes) {
			super("Añadir " + word);
			this.word = word;
			this.undoes = undoes;
			this.redoes = redoes;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			list.add(word);
		}

		@Override
		public void undo() {
			if (undoes) {
				list.remove(list.size() - 1);
			}
		}

		@Override
		public void redo() {
			if (redoes) {
				list.add(word);
			}
		}
	}

	private CommandReplay twoWords(boolean undoes, boolean redoes) {
		return CommandReplay.on(stack)
				.initially(() -> assertEquals(List.of(), list))
				.execute("uno", () -> new Append("uno", true, true), () -> assertEquals(List.of("uno"), list))
				.execute("dos", () -> new Append("dos", undoes, redoes), () -> assertEquals(List.of("uno", "dos"), list));
	}

	@Test
	void correctCommandsPassAndTheModelIsLeftAsFound() {
		twoWords(true, true).run();
		assertEquals(List.of(), list);
		assertTrue(stack.canRedo());
	}

	@Test
	void aBrokenUndoIsNamed() {
		AssertionError failure = assertThrows(AssertionError.class, () -> twoWords(false, true).run());
		assertTrue(failure.getMessage().startsWith("Tras deshacer «dos»"), failure.getMessage());
	}

	@Test
	void aBrokenRedoIsNamed() {
		AssertionError failure = assertThrows(AssertionError.class, () -> twoWords(true, false).run());
		assertTrue(failure.getMessage().startsWith("Tras rehacer «dos»"), failure.getMessage());
	}

	@Test
	void aUserActionThatLeavesNoCommandFails() {
		AssertionError failure = assertThrows(AssertionError.class, () -> CommandReplay.on(stack)
				.perform("nada", () -> list.add("sin orden"), () -> assertEquals(1, list.size())).run());
		assertTrue(failure.getMessage().contains("«nada»"), failure.getMessage());
	}

	@Test
	void aCommandThatCannotRunFails() {
		assertThrows(AssertionError.class, () -> CommandReplay.on(stack)
				.execute("imposible", () -> new AbstractCommand() {
					@Override
					public void execute() {
					}

					@Override
					public void redo() {
					}
				}, () -> {
				}).run());
	}
}
