// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Periodicity;

/** Period arithmetic: parsing, the period of a date, the periods of a year, containment, neighbours. */
class PeriodTest {

	@Test
	void parsesTheThreeFormsAndRefusesOthers() {
		assertEquals(new Period(2024, Periodicity.QUARTERLY, 3), Period.parse("2024-T3"));
		assertEquals(new Period(2024, Periodicity.QUARTERLY, 3), Period.parse(" 2024-q3 "));
		assertEquals(new Period(2024, Periodicity.MONTHLY, 11), Period.parse("2024-11"));
		assertEquals(new Period(2025, Periodicity.YEARLY, 0), Period.parse("2025"));
		assertNull(Period.parse("2024-T5"));
		assertNull(Period.parse("2024-13"));
		assertNull(Period.parse("T1 2024"));
		assertNull(Period.parse(null));
		for (String other : new String[] { "", "0000", "0000-T1", "2024-00", "2024-1", "2024-T0", "2024-T", "2024/03",
				"2024-03-01", "202a", "\uff12\uff10\uff12\uff14", "2024-\u0661\u0662", "2024-X1", "20245", "-2024" }) {
			assertNull(Period.parse(other), other);
		}
		assertEquals("2024-T1", Period.parse("2024-Q1").toString());
		assertEquals("2024-03", Period.parse("2024-03").toString());
	}

	@Test
	void findsThePeriodOfADate() {
		assertEquals("2024-T1", Period.of(LocalDate.of(2024, 3, 31), Periodicity.QUARTERLY).toString());
		assertEquals("2024-T2", Period.of(LocalDate.of(2024, 4, 1), Periodicity.QUARTERLY).toString());
		assertEquals("2024-02", Period.of(LocalDate.of(2024, 2, 29), Periodicity.MONTHLY).toString());
		assertEquals("2026", Period.of(LocalDate.of(2026, 12, 31), Periodicity.YEARLY).toString());
	}

	@Test
	void listsThePeriodsOfAYearAndSplitsPeriods() {
		assertEquals(List.of("2024-T1", "2024-T2", "2024-T3", "2024-T4"),
				Period.of(2024, Periodicity.QUARTERLY).stream().map(Period::toString).toList());
		assertEquals(12, Period.of(2024, Periodicity.MONTHLY).size());
		assertEquals(List.of("2024-04", "2024-05", "2024-06"),
				Period.parse("2024-T2").split(Periodicity.MONTHLY).stream().map(Period::toString).toList());
		assertTrue(Period.parse("2024-T2").split(Periodicity.YEARLY).isEmpty(), "a quarter has no years in it");
	}

	@Test
	void knowsBoundsContainmentAndNeighbours() {
		Period q4 = Period.parse("2024-T4");
		assertEquals(LocalDate.of(2024, 10, 1), q4.start());
		assertEquals(LocalDate.of(2024, 12, 31), q4.end());
		assertEquals("2025-T1", q4.next().toString());
		assertEquals("2024-T3", q4.previous().toString());
		assertTrue(Period.parse("2024").contains(q4));
		assertTrue(q4.contains(Period.parse("2024-11")));
		assertFalse(q4.contains(Period.parse("2024")));
		assertTrue(q4.contains(LocalDate.of(2024, 11, 15)));
		assertTrue(Period.parse("2024-T1").compareTo(Period.parse("2024-02")) < 0);
	}

	@Test
	void ordersByFirstDayThenTheShorterFirst() {
		List<Period> periods = new java.util.ArrayList<>();
		for (int year = 2023; year <= 2025; year++) {
			for (Periodicity kind : Periodicity.values()) {
				periods.addAll(Period.of(year, kind));
			}
		}
		for (Period a : periods) {
			for (Period b : periods) {
				int byDay = a.start().compareTo(b.start());
				int expected = byDay != 0 ? byDay : Integer.compare(a.split(Periodicity.MONTHLY).size(), b.split(Periodicity.MONTHLY).size());
				assertEquals(Integer.signum(expected), Integer.signum(a.compareTo(b)), a + " / " + b);
			}
		}
	}

	@Test
	void tellsAPeriodOutsideThePeriodicity() {
		assertTrue(Period.parse("2024-T1").fits(Periodicity.QUARTERLY));
		assertFalse(Period.parse("2024-01").fits(Periodicity.QUARTERLY));
		assertFalse(Period.parse("2024").fits(Periodicity.MONTHLY));
	}

	@Test
	void labelsInSpanish() {
		assertEquals("T2 2024", Period.parse("2024-T2").label());
		assertEquals("Marzo 2024", Period.parse("2024-03").label());
		assertEquals("Sin datos", ResultLight.NO_DATA.label());
	}

	@Test
	void storedFormsPadTheYearAndTheMonth() {
		assertEquals("0987", new Period(987, Periodicity.YEARLY, 0).toString());
		assertEquals("0042-T4", new Period(42, Periodicity.QUARTERLY, 4).toString());
		assertEquals("0005-09", new Period(5, Periodicity.MONTHLY, 9).toString());
		assertEquals("2024-10", new Period(2024, Periodicity.MONTHLY, 10).toString());
		assertEquals(new Period(42, Periodicity.QUARTERLY, 4), Period.parse(new Period(42, Periodicity.QUARTERLY, 4).toString()));
	}
}
