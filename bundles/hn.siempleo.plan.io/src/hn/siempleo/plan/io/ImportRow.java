// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.internal.ImportCommands;
import hn.siempleo.model.logic.ModelClock;

/**
 * One row of an imported sheet as the preview shows it: what it would do and what is wrong with it.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param code the action code read, "" when the cell is empty
 * @param change what applying the row would do
 * @param action the existing action with that code, or null for a new one
 * @param values the values read, by column, only for columns present in the sheet and not derived; a null
 *            value clears the field
 * @param errors the row's problems; a row with errors is never applied
 */
public record ImportRow(int row, String code, Change change, Action action, Map<ActionColumn, Object> values,
		List<RowError> errors) {

	/** What applying a row does. */
	public enum Change {
		/** Adds a new action to the plan. */
		NEW,
		/** Changes fields of the action with the same code. */
		UPDATE,
		/** Nothing: the action already has these values. */
		UNCHANGED
	}

	/** Copies the collections, so that the row is immutable. */
	public ImportRow {
		Map<ActionColumn, Object> copy = new EnumMap<>(ActionColumn.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
		errors = List.copyOf(errors);
	}

	/** The columns whose values differ from the existing action's; every column read for a new action. */
	public List<ActionColumn> changedColumns() {
		if (action == null) {
			return List.copyOf(values.keySet());
		}
		LocalDate today = ModelClock.today(action);
		return values.keySet().stream()
				.filter(column -> !ImportCommands.same(column.value(action, today), values.get(column))).toList();
	}

	/** Whether the row has no errors and changes the plan. */
	public boolean applicable() {
		return errors.isEmpty() && change != Change.UNCHANGED;
	}
}
