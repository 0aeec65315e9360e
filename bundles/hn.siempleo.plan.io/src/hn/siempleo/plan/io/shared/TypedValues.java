// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Numbers and dates as planners type them, in grid cells and in spreadsheet text cells alike. Numbers may
 * carry a lempira sign and group thousands with commas or points (the other one is then the decimal
 * separator: "L 1,250,000.50", "1.250.000,50"); a lone comma or point is the decimal separator. Dates are
 * day/month/year ("31/12/2025", "31-12-2025") or ISO ("2025-12-31"). Pure functions, safe on any thread.
 */
public final class TypedValues {

	private static final Pattern GROUPED_BY_COMMAS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
	private static final Pattern GROUPED_BY_POINTS = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?");
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

	private TypedValues() {
	}

	/**
	 * The number typed, or null for blank text.
	 *
	 * @throws IllegalArgumentException when the text is not a number
	 */
	public static BigDecimal number(String text) {
		String plain = text == null ? "" : text.strip().replace("L", "").replace("\u00a0", "").replace(" ", "");
		if (plain.isEmpty()) {
			return null;
		}
		if (GROUPED_BY_COMMAS.matcher(plain).matches()) {
			plain = plain.replace(",", "");
		} else if (GROUPED_BY_POINTS.matcher(plain).matches()) {
			plain = plain.replace(".", "").replace(',', '.');
		} else {
			plain = plain.replace(',', '.');
		}
		try {
			return new BigDecimal(plain);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(text, e);
		}
	}

	/**
	 * The date typed, or null for blank text.
	 *
	 * @throws IllegalArgumentException when the text is not a date
	 */
	public static LocalDate date(String text) {
		String plain = text == null ? "" : text.strip();
		if (plain.isEmpty()) {
			return null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(plain, format);
			} catch (DateTimeParseException e) {
				// try the next format
			}
		}
		throw new IllegalArgumentException(text);
	}
}
