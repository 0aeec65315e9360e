// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.text.Formats;

/** The month texts of the grid, the dashboard and the reports. */
class FormatsTest {

	@Test
	void monthKeysAreZeroPaddedAndSortable() {
		assertEquals("2024-03", Formats.monthKey(LocalDate.of(2024, 3, 31)));
		assertEquals("2024-11", Formats.monthKey(LocalDate.of(2024, 11, 1)));
		assertEquals("0987-01", Formats.monthKey(LocalDate.of(987, 1, 5)));
		assertEquals("0000-12", Formats.monthKey(LocalDate.of(0, 12, 5)));
		assertEquals("", Formats.monthKey(null));
		for (LocalDate date : new LocalDate[] { LocalDate.of(-5, 2, 1), LocalDate.of(12345, 6, 1), LocalDate.of(1, 1, 1),
				LocalDate.of(9999, 12, 31) }) {
			assertEquals(String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue()),
					Formats.monthKey(date), date.toString());
		}
	}

	@Test
	void monthsReadInSpanishCapitalised() { // the tests run with -nl es_HN
		String[] months = { "Enero", "Febrero", "Marzo", "Abril", "Mayo", "Junio", "Julio", "Agosto", "Septiembre",
				"Octubre", "Noviembre", "Diciembre" };
		for (int month = 1; month <= 12; month++) {
			assertEquals(months[month - 1] + " de 2025", Formats.month(LocalDate.of(2025, month, 15)));
		}
		assertEquals("Marzo de 0987", Formats.month(LocalDate.of(987, 3, 1)));
		assertEquals("", Formats.month(null));
	}

	@Test
	void paddedFillsWithZerosAndNeverCuts() {
		assertEquals("0042", Formats.padded(42, 4));
		assertEquals("2024", Formats.padded(2024, 4));
		assertEquals("12345", Formats.padded(12345, 4));
		assertEquals("0", Formats.padded(0, 1));
	}
}
