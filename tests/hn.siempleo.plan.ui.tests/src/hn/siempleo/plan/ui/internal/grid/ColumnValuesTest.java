// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.plan.io.ActionColumn;

/** A whole column's folded texts: the same as each row's, equal texts shared while there are few of them. */
class ColumnValuesTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	@Test
	void equalTextsOfAColumnAreOneString() {
		List<Action> actions = actions(2_000);
		for (ActionColumn column : List.of(ActionColumn.STATUS, ActionColumn.RESPONSIBLE, ActionColumn.DUE)) {
			String[] texts = ColumnValues.column(column, actions, TODAY, null);
			assertRowByRow(column, actions, texts);
			for (int i = 3; i < texts.length; i++) {
				assertSame(texts[i % 3], texts[i], column + ", row " + i + ": one string for each distinct text");
			}
		}
		String[] titles = ColumnValues.column(ActionColumn.TITLE, actions, TODAY, null);
		assertRowByRow(ActionColumn.TITLE, actions, titles);
	}

	@Test
	void aColumnOfMoreDistinctTextsThanItSharesIsStillRight() {
		List<Action> actions = actions(ColumnValues.SHARED_TEXTS * 2 + 10);
		String[] titles = ColumnValues.column(ActionColumn.TITLE, actions, TODAY, null);
		assertRowByRow(ActionColumn.TITLE, actions, titles);
		String[] statuses = ColumnValues.column(ActionColumn.STATUS, actions, TODAY, null);
		assertSame(statuses[0], statuses[statuses.length - 3]);
	}

	private static void assertRowByRow(ActionColumn column, List<Action> actions, String[] texts) {
		assertEquals(actions.size(), texts.length);
		for (int i = 0; i < texts.length; i++) {
			assertEquals(ColumnValues.folded(column, actions.get(i), TODAY), texts[i], column + ", row " + i);
		}
	}

	/** Actions with three statuses, responsibles and due dates in turn, and a title of their own. */
	private static List<Action> actions(int count) {
		List<Action> actions = new ArrayList<>();
		ActionStatus[] statuses = { ActionStatus.NOT_STARTED, ActionStatus.IN_PROGRESS, ActionStatus.DONE };
		for (int i = 0; i < count; i++) {
			Action action = SiempleoFactory.eINSTANCE.createAction();
			action.setCode("AC-" + i);
			action.setTitle("Capacitar orientadores, tanda " + i);
			action.setStatus(statuses[i % 3]);
			action.setResponsiblePerson(List.of("Beatriz", "Álvaro", "Carlos").get(i % 3));
			action.setDueDate(TODAY.plusDays(i % 3));
			actions.add(action);
		}
		return actions;
	}
}
