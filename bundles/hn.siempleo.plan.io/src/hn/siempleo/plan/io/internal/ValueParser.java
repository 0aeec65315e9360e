// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Office;
import hn.siempleo.model.Term;
import hn.siempleo.plan.io.ActionColumn;

/** Reads the value of one importable column from a cell, or says why it cannot. */
final class ValueParser {

	/**
	 * What a cell gave.
	 *
	 * @param value the value; null clears the field unless {@code keep}
	 * @param keep whether the cell was blank in a column where blank means "leave as it is"
	 * @param error the reason the cell is wrong, or null
	 */
	record Parsed(Object value, boolean keep, String error) {
		static Parsed of(Object value) {
			return new Parsed(value, false, null);
		}

		static Parsed kept() {
			return new Parsed(null, true, null);
		}

		static Parsed error(String message, Object... arguments) {
			return new Parsed(null, false, NLS.bind(message, arguments));
		}
	}

	private final Lookups lookups;

	ValueParser(Lookups lookups) {
		this.lookups = lookups;
	}

	Parsed parse(ActionColumn column, Cell cell) {
		try {
			return switch (column.kind()) {
				case TEXT -> Parsed.of(blankToNull(CellValues.text(cell)));
				case DATE -> Parsed.of(CellValues.date(cell));
				case MONEY -> money(cell);
				case INTEGER -> integer(column, cell);
				case CHOICE -> choice(column, CellValues.text(cell));
				case LIST -> offices(CellValues.text(cell));
			};
		} catch (IllegalArgumentException e) {
			String text = CellValues.text(cell);
			return switch (column.kind()) {
				case DATE -> Parsed.error(Messages.Row_badDate, text);
				default -> Parsed.error(Messages.Row_notNumber, text);
			};
		}
	}

	private static Parsed money(Cell cell) {
		BigDecimal amount = CellValues.number(cell);
		if (amount != null && amount.signum() < 0) {
			return Parsed.error(Messages.Row_negativeCost, amount.toPlainString());
		}
		return Parsed.of(amount);
	}

	private static Parsed integer(ActionColumn column, Cell cell) {
		BigDecimal number = CellValues.number(cell);
		if (number == null) {
			return Parsed.kept();
		}
		String text = number.toPlainString();
		if (number.stripTrailingZeros().scale() > 0) {
			return Parsed.error(column == ActionColumn.PRIORITY ? Messages.Row_priorityRange : Messages.Row_notWhole,
					text);
		}
		int value;
		try {
			value = number.intValueExact();
		} catch (ArithmeticException e) {
			value = Integer.MAX_VALUE;
		}
		if (column == ActionColumn.PRIORITY && (value < 1 || value > 4)) {
			return Parsed.error(Messages.Row_priorityRange, text);
		}
		if (column == ActionColumn.PROGRESS && (value < 0 || value > 100)) {
			return Parsed.error(Messages.Row_progressRange, text);
		}
		return Parsed.of(value);
	}

	private Parsed choice(ActionColumn column, String text) {
		if (text.isEmpty()) {
			return column == ActionColumn.AXIS || column == ActionColumn.DIMENSION ? Parsed.of(null) : Parsed.kept();
		}
		Object value = switch (column) {
			case AXIS -> lookups.axis(text);
			case DIMENSION -> lookups.dimension(text);
			case PHASE -> lookups.term(text);
			case STATUS -> lookups.status(text);
			default -> throw new IllegalStateException(column.name());
		};
		if (value != null) {
			return Parsed.of(value);
		}
		return switch (column) {
			case AXIS -> Parsed.error(Messages.Row_unknownAxis, text, lookups.axisCodes());
			case DIMENSION -> Parsed.error(Messages.Row_unknownDimension, text, lookups.dimensionCodes());
			case PHASE -> Parsed.error(Messages.Row_unknownChoice, text, Lookups.names(Term.VALUES));
			default -> Parsed.error(Messages.Row_unknownChoice, text, Lookups.names(ActionStatus.VALUES));
		};
	}

	private Parsed offices(String text) {
		List<Office> offices = new ArrayList<>();
		for (String code : text.split("[,;]")) {
			if (code.isBlank()) {
				continue;
			}
			Office office = lookups.office(code);
			if (office == null) {
				return Parsed.error(Messages.Row_unknownOffice, code.strip());
			}
			if (!offices.contains(office)) {
				offices.add(office);
			}
		}
		return Parsed.of(offices);
	}

	private static String blankToNull(String text) {
		return text.isEmpty() ? null : text;
	}
}
