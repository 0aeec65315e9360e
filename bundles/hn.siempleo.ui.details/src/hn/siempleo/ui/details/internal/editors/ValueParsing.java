// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Numbers typed by planners. Accepted: digits with an optional sign and one decimal separator, comma or
 * point ({@code 1250000.50}, {@code 1250000,50}), or digits grouped by threes with the other separator for
 * decimals ({@code 1.250.000,50}, {@code 1,250,000.50}). A lone separator is always the decimal one, so
 * {@code 1.250} is one and a quarter. Numbers are shown without grouping and with a decimal point.
 */
public final class ValueParsing {

	/** A parsed value, or the Spanish reason why the text is not one. */
	public record Result(Object value, String error) {
		static Result ok(Object value) {
			return new Result(value, null);
		}

		static Result error(String message, Object... arguments) {
			return new Result(null, NLS.bind(message, arguments));
		}
	}

	private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)");
	private static final Pattern GROUPED_BY_POINTS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
	private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
	private static final Set<Class<?>> INTEGRAL = Set.of(int.class, Integer.class, long.class, Long.class,
			BigInteger.class);
	private static final Set<Class<?>> TYPES = Set.of(int.class, Integer.class, long.class, Long.class, double.class,
			Double.class, float.class, Float.class, BigDecimal.class, BigInteger.class);

	private ValueParsing() {
	}

	/** Whether {@link #parse} handles values of {@code type}. */
	public static boolean supports(Class<?> type) {
		return TYPES.contains(type);
	}

	/**
	 * Reads a number of {@code type}; an empty text means null, except for primitive types.
	 *
	 * @param input the text typed, not null
	 * @param type one of the {@linkplain #supports supported} types
	 */
	public static Result parse(String input, Class<?> type) {
		String text = input.strip().replace("\u00a0", "").replace(" ", "");
		if (text.isEmpty()) {
			return type.isPrimitive() ? Result.error(Messages.ValueParsing_required) : Result.ok(null);
		}
		BigDecimal number = decimal(text);
		if (number == null) {
			return Result.error(Messages.ValueParsing_notANumber, input.strip());
		}
		if (INTEGRAL.contains(type) && number.stripTrailingZeros().scale() > 0) {
			return Result.error(Messages.ValueParsing_notWhole, input.strip());
		}
		try {
			return Result.ok(convert(number, type));
		} catch (ArithmeticException e) {
			return Result.error(Messages.ValueParsing_outOfRange, input.strip());
		}
	}

	/** The text a field shows for a number; empty for null. */
	public static String format(Object value) {
		return switch (value) {
			case null -> "";
			case BigDecimal decimal -> decimal.toPlainString();
			case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
			case Float f when Float.isFinite(f) -> new BigDecimal(f.toString()).stripTrailingZeros().toPlainString();
			default -> value.toString();
		};
	}

	private static BigDecimal decimal(String text) {
		String plain;
		if (PLAIN.matcher(text).matches()) {
			plain = text.replace(',', '.');
		} else if (GROUPED_BY_POINTS.matcher(text).matches()) {
			plain = text.replace(".", "").replace(',', '.');
		} else if (GROUPED_BY_COMMAS.matcher(text).matches()) {
			plain = text.replace(",", "");
		} else {
			return null;
		}
		return new BigDecimal(plain.startsWith("+") ? plain.substring(1) : plain);
	}

	private static Object convert(BigDecimal number, Class<?> type) {
		if (type == int.class || type == Integer.class) {
			return number.intValueExact();
		}
		if (type == long.class || type == Long.class) {
			return number.longValueExact();
		}
		if (type == BigInteger.class) {
			return number.toBigIntegerExact();
		}
		if (type == double.class || type == Double.class) {
			return finite(number.doubleValue());
		}
		if (type == float.class || type == Float.class) {
			return (float) finite(number.floatValue());
		}
		return number;
	}

	private static double finite(double value) {
		if (!Double.isFinite(value)) {
			throw new ArithmeticException();
		}
		return value;
	}
}
