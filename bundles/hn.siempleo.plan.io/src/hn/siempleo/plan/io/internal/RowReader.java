// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.plan.io.RowError;

/**
 * Turns the rows of the actions sheet into {@link ImportRow}s: reads each importable column, matches the
 * code with the plan, checks the row as a whole ({@link RowChecks}) and decides whether it adds, updates or
 * leaves an action as it is. Remembers codes already read, to reject repeated ones.
 */
final class RowReader {

	private final Map<ActionColumn, Integer> columnIndexes;
	private final Map<ActionColumn, String> headers;
	private final Lookups lookups;
	private final ValueParser parser;
	private final LocalDate today;
	private final Map<String, Integer> codesSeen = new HashMap<>();

	/**
	 * @param columnIndexes the sheet column of each column present, CODE included
	 * @param headers the header text of each column present, as written in the sheet
	 */
	RowReader(Map<ActionColumn, Integer> columnIndexes, Map<ActionColumn, String> headers, Lookups lookups,
			LocalDate today) {
		this.columnIndexes = columnIndexes;
		this.headers = headers;
		this.lookups = lookups;
		this.parser = new ValueParser(lookups);
		this.today = today;
	}

	/** Whether every cell of the columns read is blank. */
	boolean blank(Row row) {
		return row == null || columnIndexes.values().stream()
				.allMatch(index -> CellValues.text(row.getCell(index)).isEmpty());
	}

	ImportRow read(Row row) {
		int number = row.getRowNum() + 1;
		List<RowError> errors = new ArrayList<>();
		String code = CellValues.text(row.getCell(columnIndexes.get(ActionColumn.CODE)));
		if (code.isEmpty()) {
			errors.add(error(number, ActionColumn.CODE, Messages.Row_codeMissing));
		} else {
			Integer first = codesSeen.putIfAbsent(ActionLabels.fold(code), number);
			if (first != null) {
				errors.add(error(number, ActionColumn.CODE, NLS.bind(Messages.Row_codeRepeated, code, first)));
			}
		}
		Map<ActionColumn, Object> values = new EnumMap<>(ActionColumn.class);
		columnIndexes.forEach((column, index) -> {
			if (column == ActionColumn.CODE || column.derived()) {
				return;
			}
			ValueParser.Parsed parsed = parser.parse(column, row.getCell(index));
			if (parsed.error() != null) {
				errors.add(error(number, column, parsed.error()));
			} else if (!parsed.keep()) {
				values.put(column, parsed.value());
			}
		});
		Action existing = code.isEmpty() ? null : lookups.action(code);
		new RowChecks(number, existing, values, headers, today).check(errors);
		ImportRow.Change change = existing == null ? ImportRow.Change.NEW
				: changes(existing, values) ? ImportRow.Change.UPDATE : ImportRow.Change.UNCHANGED;
		return new ImportRow(number, code, change, existing, values, errors);
	}

	private boolean changes(Action action, Map<ActionColumn, Object> values) {
		return values.entrySet().stream()
				.anyMatch(entry -> !ImportCommands.same(entry.getKey().value(action, today), entry.getValue()));
	}

	private RowError error(int row, ActionColumn column, String reason) {
		return new RowError(row, headers.getOrDefault(column, column.header()), reason);
	}
}
