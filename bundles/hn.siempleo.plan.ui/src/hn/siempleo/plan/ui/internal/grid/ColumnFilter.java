// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.plan.io.shared.TypedValues;

/**
 * What a planner types in a cell of the filter row, as a test on rows. Numbers and dates may be compared
 * ("&gt;50", "&lt;=3", "&gt;=01/07/2025", "&lt;&gt;1"); a bare number must match exactly in number columns;
 * "=text" matches the whole cell; any other text is looked for inside the cell's text, ignoring case and
 * accents.
 */
final class ColumnFilter {

	private static final Pattern COMPARISON = Pattern.compile("(<=|>=|<>|!=|<|>|=)\\s*(.+)");

	private ColumnFilter() {
	}

	/** The test for what was typed in a column's filter cell; null when the text is blank. */
	static Predicate<ActionRow> of(ActionColumn column, String typed, LocalDate today, ColumnCache cache) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		Matcher comparison = COMPARISON.matcher(text);
		String operator = comparison.matches() ? comparison.group(1) : "";
		String operand = comparison.matches() ? comparison.group(2).strip() : text;
		Comparable<?> bound = bound(column, operand);
		if (bound != null && (!operator.isEmpty() || column.kind() != ActionColumn.Kind.DATE)) {
			String op = operator.isEmpty() ? "=" : operator;
			return row -> compare(op, (Comparable<?>) column.value(row.action(), today), bound);
		}
		String folded = ActionLabels.fold(operand);
		if (operator.equals("=")) {
			return row -> cache.text(column, row.order(), today).equals(folded);
		}
		String part = ActionLabels.fold(text);
		return row -> cache.text(column, row.order(), today).contains(part);
	}

	/** The operand as a value of the column's kind, or null when it is not one. */
	private static Comparable<?> bound(ActionColumn column, String operand) {
		try {
			return switch (column.kind()) {
				case INTEGER -> {
					BigDecimal number = TypedValues.number(operand);
					yield number == null || number.stripTrailingZeros().scale() > 0 ? null : number.intValueExact();
				}
				case MONEY -> TypedValues.number(operand);
				case DATE -> TypedValues.date(operand);
				default -> null;
			};
		} catch (IllegalArgumentException | ArithmeticException e) {
			return null;
		}
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static boolean compare(String operator, Comparable value, Comparable bound) {
		if (value == null) {
			return operator.equals("<>") || operator.equals("!=");
		}
		int order = value instanceof BigDecimal a && bound instanceof BigDecimal b ? a.compareTo(b) : value.compareTo(bound);
		return switch (operator) {
			case "<" -> order < 0;
			case "<=" -> order <= 0;
			case ">" -> order > 0;
			case ">=" -> order >= 0;
			case "<>", "!=" -> order != 0;
			default -> order == 0;
		};
	}
}
