// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Date and percentage texts of these parts (until the shared formats of #14 are on main). */
final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private Formats() {
	}

	static String date(LocalDate date) {
		return date == null ? "—" : DATE.format(date);
	}

	static String percent(double share) {
		return Math.round(share * 100) + " %";
	}
}
