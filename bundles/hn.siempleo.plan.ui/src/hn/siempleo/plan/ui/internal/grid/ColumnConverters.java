// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.eclipse.nebula.widgets.nattable.data.convert.ConversionFailedException;
import org.eclipse.nebula.widgets.nattable.data.convert.DisplayConverter;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.plan.io.shared.TypedValues;

/**
 * Between cell values and the text shown and typed: numbers, dates as 31/12/2025, lempiras, enumeration
 * literals by their Spanish names, axes and dimensions by code. A typed text that is not a value raises a
 * {@link ConversionFailedException} with the reason, shown at the cell.
 */
final class ColumnConverters {

	private ColumnConverters() {
	}

	/**
	 * The converter of a column.
	 *
	 * @param choices the values of a choice column, for reading a typed name back
	 */
	static IDisplayConverter of(ActionColumn column, Function<ActionColumn, List<?>> choices) {
		return switch (column.kind()) {
			case TEXT -> converter(ColumnConverters::text);
			case INTEGER -> converter(ColumnConverters::integer);
			case DATE -> converter(ColumnConverters::date);
			case MONEY -> converter(ColumnConverters::money);
			case CHOICE -> converter(text -> choice(text, choices.apply(column)));
			case LIST -> converter(text -> {
				throw new ConversionFailedException(Messages.ColumnConverters_readOnly);
			});
		};
	}

	private static IDisplayConverter converter(Function<String, Object> parse) {
		return new DisplayConverter() {
			@Override
			public Object canonicalToDisplayValue(Object canonicalValue) {
				return ActionLabels.text(canonicalValue);
			}

			@Override
			public Object displayToCanonicalValue(Object displayValue) {
				return parse.apply(displayValue == null ? "" : displayValue.toString().strip());
			}
		};
	}

	private static Object text(String text) {
		return text.isEmpty() ? null : text;
	}

	private static Object integer(String text) {
		BigDecimal number = number(text);
		if (number == null) {
			throw new ConversionFailedException(NLS.bind(Messages.ColumnConverters_notWhole, text));
		}
		try {
			return number.intValueExact();
		} catch (ArithmeticException e) {
			throw new ConversionFailedException(NLS.bind(Messages.ColumnConverters_notWhole, text), e);
		}
	}

	private static Object money(String text) {
		return number(text);
	}

	private static BigDecimal number(String text) {
		try {
			return TypedValues.number(text);
		} catch (IllegalArgumentException e) {
			throw new ConversionFailedException(NLS.bind(Messages.ColumnConverters_notNumber, text), e);
		}
	}

	private static Object date(String text) {
		try {
			return TypedValues.date(text);
		} catch (IllegalArgumentException e) {
			throw new ConversionFailedException(NLS.bind(Messages.ColumnConverters_notDate, text), e);
		}
	}

	private static Object choice(String text, List<?> choices) {
		if (text.isEmpty()) {
			return null;
		}
		String folded = ActionLabels.fold(text);
		for (Object choice : choices) {
			if (ActionLabels.fold(ActionLabels.text(choice)).equals(folded)) {
				return choice;
			}
		}
		throw new ConversionFailedException(NLS.bind(Messages.ColumnConverters_notAChoice, text));
	}
}
