// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Money and dates as Honduras writes them, whatever the language of the workbench: "L 12,345,678.90" and
 * "31/12/2025"; months in the language of the messages ("Marzo de 2024"); indicator values with at most one
 * decimal ("1,250.5"). The one home of these formats for the grid, Excel files, the dashboard, Resultados and
 * the reports. Safe on any thread.
 */
public final class Formats {

	/** The date pattern of cells, files and reports, e.g. 05/03/2025. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$

	/** The time of day shown beside a date, e.g. 16:05. */
	public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm"); //$NON-NLS-1$

	/** DecimalFormat is not thread-safe and costly to create: one per thread. */
	private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal
			.withInitial(() -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US))); //$NON-NLS-1$

	private static final ThreadLocal<DecimalFormat> NUMBER = ThreadLocal
			.withInitial(() -> new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.US))); //$NON-NLS-1$

	private Formats() {
	}

	/** Lempiras with thousands separators and two decimals, e.g. "L 1,250.00"; "" for null. */
	public static String money(BigDecimal amount) {
		return amount == null ? "" : "L " + MONEY.get().format(amount); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Day, month and year, e.g. "05/03/2025"; "" for null. */
	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date); //$NON-NLS-1$
	}

	/** A date typed as the planners write it ("31/12/2025"). */
	public static LocalDate parseDate(String text) {
		return LocalDate.parse(text.strip(), DATE);
	}

	/** The month and year in the language of the messages, capitalised: "Marzo de 2024"; "" for null. */
	public static String month(LocalDate date) {
		if (date == null) {
			return ""; //$NON-NLS-1$
		}
		String text = MonthFormat.FORMATTER.format(date);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** The month pattern of the messages' language, built once (reports ask for it once per action). */
	private static final class MonthFormat {
		static final DateTimeFormatter FORMATTER = DateTimeFormatter.ofPattern(Messages.Formats_monthPattern,
				Locale.forLanguageTag(Messages.Formats_locale));
	}

	/** "2024-03": a month as a sortable key; "" for null. */
	public static String monthKey(LocalDate date) {
		if (date == null) {
			return ""; //$NON-NLS-1$
		}
		int year = date.getYear();
		if (year < 0 || year > 9999) {
			return String.format(Locale.ROOT, "%04d-%02d", year, date.getMonthValue()); //$NON-NLS-1$
		}
		return padded(year, 4) + (date.getMonthValue() < 10 ? "-0" : "-") + date.getMonthValue(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A non-negative number with leading zeros to {@code width} digits, "0042" (String.format is far slower). */
	public static String padded(int value, int width) {
		String digits = Integer.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits; //$NON-NLS-1$
	}

	/** An indicator's value or target with thousands separators and at most one decimal, "1,250.5"; "" for null. */
	public static String number(Double value) {
		return value == null ? "" : NUMBER.get().format(value); //$NON-NLS-1$
	}

	/** A gap with its sign, "+125" or "-3.5"; "" for null. */
	public static String signed(Double value) {
		return value == null ? "" : (value > 0 ? "+" : "") + number(value); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A ratio as a percentage, 0.95 → "95 %"; "" for null. */
	public static String percent(Double ratio) {
		return ratio == null ? "" : Math.round(ratio * 100) + " %"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
