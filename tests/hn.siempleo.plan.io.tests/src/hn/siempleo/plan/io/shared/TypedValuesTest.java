// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers and dates as planners type them in grid cells and spreadsheet text cells. */
class TypedValuesTest {

	@ParameterizedTest(name = "«{0}» = {1}")
	@CsvSource(delimiter = '|', value = {
			"1250000.50       | 1250000.50",
			"1250000,50       | 1250000.50",
			"L 1,250,000.50   | 1250000.50",
			"1.250.000,50     | 1250000.50",
			"L1.250.000       | 1250000",
			"1.250            | 1250",
			"1,250            | 1250",
			"-3,5             | -3.5",
			"'  42 '          | 42",
			"'1\u00a0250,75'  | 1250.75" })
	void numbersInEveryWayPlannersWriteThem(String text, String expected) {
		assertEquals(0, new BigDecimal(expected).compareTo(TypedValues.number(text)), text);
	}

	/**
	 * Three digits after a lone separator read as thousands here ("1.250" is 1250), while the properties form
	 * (ValueParsing) reads "1.250" as 1.25: one of the two should change; this pins today's behaviour.
	 */
	@Test
	void aLonePointOrCommaIsTheDecimalSeparator() {
		assertEquals(new BigDecimal("1.5"), TypedValues.number("1.5"));
		assertEquals(new BigDecimal("1.5"), TypedValues.number("1,5"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   " })
	void blankMeansNoNumberAndNoDate(String text) {
		assertNull(TypedValues.number(text));
		assertNull(TypedValues.date(text));
		assertNull(TypedValues.number(null));
		assertNull(TypedValues.date(null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "doce", "1,2,3.4.5", "12abc", "--1" })
	void textThatIsNoNumberIsRefused(String text) {
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class, () -> TypedValues.number(text));
		assertEquals(text, refusal.getMessage());
	}

	@ParameterizedTest(name = "«{0}»")
	@ValueSource(strings = { "31/12/2025", "31-12-2025", "2025-12-31", " 31/12/2025 " })
	void datesDayMonthYearOrIso(String text) {
		assertEquals(LocalDate.of(2025, 12, 31), TypedValues.date(text));
	}

	@Test
	void shortDayAndMonthAreRead() {
		assertEquals(LocalDate.of(2025, 3, 5), TypedValues.date("5/3/2025"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "31/02/2025", "29/02/2025", "2025/12/31", "mañana", "12/31/2025" })
	void impossibleOrForeignDatesAreRefused(String text) {
		assertThrows(IllegalArgumentException.class, () -> TypedValues.date(text));
	}

	@Test
	void aLeapDayIsADate() {
		assertEquals(LocalDate.of(2024, 2, 29), TypedValues.date("29/02/2024"));
	}
}
