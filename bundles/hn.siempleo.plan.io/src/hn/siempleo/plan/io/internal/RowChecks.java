// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.model.text.Formats;

/**
 * Checks a row as a whole, on the values the action would have after the import (the row's values over the
 * existing action's, or a new action's defaults): what a new action needs, dates in order, a cost for
 * priorities 3 and 4, progress 100 exactly when done. A rule is checked only when the row adds the action or
 * changes one of the columns it is about, so that re-importing an exported sheet flags only what it changes.
 */
final class RowChecks {

	private final int row;
	private final Action existing;
	private final Map<ActionColumn, Object> values;
	private final Map<ActionColumn, String> headers;
	private final LocalDate today;

	RowChecks(int row, Action existing, Map<ActionColumn, Object> values, Map<ActionColumn, String> headers,
			LocalDate today) {
		this.row = row;
		this.existing = existing;
		this.values = values;
		this.headers = headers;
		this.today = today;
	}

	void check(List<RowError> errors) {
		if (existing == null) {
			require(errors, ActionColumn.TITLE, Messages.Row_titleMissing);
			require(errors, ActionColumn.AXIS, Messages.Row_axisMissing);
			require(errors, ActionColumn.PRIORITY, Messages.Row_priorityMissing);
		}
		if (touched(ActionColumn.START, ActionColumn.DUE) && effective(ActionColumn.START) instanceof LocalDate start
				&& effective(ActionColumn.DUE) instanceof LocalDate due && due.isBefore(start)) {
			errors.add(error(ActionColumn.DUE, ActionColumn.START,
					NLS.bind(Messages.Row_dueBeforeStart, Formats.DATE.format(due), Formats.DATE.format(start))));
		}
		if (touched(ActionColumn.PRIORITY, ActionColumn.COST)
				&& effective(ActionColumn.PRIORITY) instanceof Integer priority && Actions.needsBudget(priority)
				&& !(effective(ActionColumn.COST) instanceof BigDecimal cost && cost.signum() > 0)) {
			errors.add(error(ActionColumn.COST, ActionColumn.PRIORITY, NLS.bind(Messages.Row_costRequired, priority)));
		}
		if (!touched(ActionColumn.PROGRESS, ActionColumn.STATUS)) {
			return;
		}
		int progress = effective(ActionColumn.PROGRESS) instanceof Integer p ? p : 0;
		boolean done = effective(ActionColumn.STATUS) == ActionStatus.DONE;
		if (done && progress != 100) {
			errors.add(error(ActionColumn.PROGRESS, ActionColumn.STATUS, NLS.bind(Messages.Row_doneNot100, progress)));
		} else if (!done && progress == 100) {
			errors.add(error(ActionColumn.STATUS, ActionColumn.PROGRESS, Messages.Row_100NotDone));
		}
	}

	/** Whether the row is new or changes one of the columns: only then can it break their rules. */
	private boolean touched(ActionColumn... columns) {
		if (existing == null) {
			return true;
		}
		for (ActionColumn column : columns) {
			if (values.containsKey(column) && !ImportCommands.same(column.value(existing, today), values.get(column))) {
				return true;
			}
		}
		return false;
	}

	private void require(List<RowError> errors, ActionColumn column, String message) {
		String header = headers.getOrDefault(column, column.header());
		boolean alreadyWrong = errors.stream().anyMatch(error -> error.column().equals(header));
		Object value = values.get(column);
		if (!alreadyWrong && (value == null || value instanceof String text && text.isBlank())) {
			errors.add(error(column, column, message));
		}
	}

	/** The value after the import: the row's, else the existing action's, else a new action's default. */
	private Object effective(ActionColumn column) {
		if (values.containsKey(column)) {
			return values.get(column);
		}
		if (existing != null) {
			return column.value(existing, today);
		}
		return switch (column) {
			case STATUS -> ActionStatus.NOT_STARTED;
			case PROGRESS -> 0;
			default -> null;
		};
	}

	/** An error on {@code column}, or on {@code fallback} when the sheet has no {@code column}. */
	private RowError error(ActionColumn column, ActionColumn fallback, String reason) {
		String header = headers.get(column);
		if (header == null) {
			header = headers.getOrDefault(fallback, column.header());
		}
		return new RowError(row, header, reason);
	}
}
