// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Money and dates as Honduras writes them, whatever the language of the workbench: "L 12,345,678.90" and
 * "31/12/2025". Safe on any thread.
 */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Formats() {
	}

	/** Lempiras with thousands separators and two decimals, e.g. "L 1,250.00"; "" for null. */
	public static String money(BigDecimal amount) {
		if (amount == null) {
			return "";
		}
		// DecimalFormat is not thread-safe; one per call costs little next to drawing the text.
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
		return "L " + format.format(amount);
	}

	/** Day, month and year, e.g. "05/03/2025"; "" for null. */
	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}
}
