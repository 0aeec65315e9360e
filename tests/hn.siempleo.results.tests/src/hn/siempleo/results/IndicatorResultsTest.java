// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Aggregation;
import hn.siempleo.model.Direction;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.IndicatorTarget;
import hn.siempleo.model.Measurement;
import hn.siempleo.model.Office;
import hn.siempleo.model.Periodicity;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;
import hn.siempleo.results.fixtures.ResultsFixtures;

/** Aggregation office → national, sub-periods → period, gap and semáforo in both directions. */
class IndicatorResultsTest {

	private static final Period T1 = Period.parse("2024-T1");
	private static final Period T2 = Period.parse("2024-T2");
	private Workspace w;
	private Office a;
	private Office b;

	@BeforeEach
	void setUp() {
		w = ResultsFixtures.small();
		a = w.getOffices().get(0);
		b = w.getOffices().get(1);
	}

	@Test
	void sumsOfficesIntoTheNationalValueUnlessOneIsTyped() {
		Indicator i = ResultsFixtures.indicator(w, "IND-S", Periodicity.QUARTERLY, Aggregation.SUM, Direction.HIGHER_IS_BETTER);
		measure(i, T1, a, 120, null);
		measure(i, T1, b, 80, null);
		assertEquals(200.0, IndicatorResults.actual(i, T1, null));
		assertTrue(IndicatorResults.isComputed(i, T1, null));
		assertNull(IndicatorResults.actual(i, T2, null), "no value in a period without measurements");
		measure(i, T1, null, 190, null);
		assertEquals(190.0, IndicatorResults.actual(i, T1, null), "a typed national value wins");
		assertFalse(IndicatorResults.isComputed(i, T1, null));
	}

	@Test
	void weightsTheMeanByTheOfficesWeights() {
		Indicator i = ResultsFixtures.indicator(w, "IND-W", Periodicity.QUARTERLY, Aggregation.WEIGHTED_MEAN,
				Direction.HIGHER_IS_BETTER);
		measure(i, T1, a, 10, 300.0); // 30 of 300
		measure(i, T1, b, 40, 100.0); // 40 of 100
		assertEquals(17.5, IndicatorResults.actual(i, T1, null), 1e-9, "(10·300 + 40·100) / 400");
		measure(i, T2, a, 20, null);
		measure(i, T2, b, 30, null);
		assertEquals(25.0, IndicatorResults.actual(i, T2, null), 1e-9, "no weight counts as 1");
	}

	@Test
	void aggregatesQuartersIntoTheYearAndRefusesFinerPeriods() {
		Indicator i = ResultsFixtures.indicator(w, "IND-Y", Periodicity.QUARTERLY, Aggregation.SUM, Direction.HIGHER_IS_BETTER);
		measure(i, T1, a, 5, null);
		measure(i, T2, a, 7, null);
		measure(i, T2, b, 3, null);
		assertEquals(15.0, IndicatorResults.actual(i, Period.parse("2024"), null));
		assertEquals(12.0, IndicatorResults.actual(i, Period.parse("2024"), a));
		assertNull(IndicatorResults.actual(i, Period.parse("2024-02"), a), "a month is finer than a quarter");
	}

	@Test
	void computesTheNationalTargetFromOfficeTargets() {
		Indicator i = ResultsFixtures.indicator(w, "IND-T", Periodicity.QUARTERLY, Aggregation.SUM, Direction.HIGHER_IS_BETTER);
		target(i, T1, a, 100);
		target(i, T1, b, 50);
		assertEquals(150.0, IndicatorResults.target(i, T1, null));
		target(i, T1, null, 160);
		assertEquals(160.0, IndicatorResults.target(i, T1, null));
	}

	@Test
	void gapAndSemaforoFollowTheDirection() {
		Cell higher = Cell.of(100.0, 92.0, Direction.HIGHER_IS_BETTER, false);
		assertEquals(-8.0, higher.gap());
		assertEquals(ResultLight.ON_TARGET, higher.light());
		assertEquals(ResultLight.NEAR_TARGET, Cell.of(100.0, 75.0, Direction.HIGHER_IS_BETTER, false).light());
		assertEquals(ResultLight.OFF_TARGET, Cell.of(100.0, 60.0, Direction.HIGHER_IS_BETTER, false).light());

		Cell lower = Cell.of(30.0, 40.0, Direction.LOWER_IS_BETTER, false); // 40 days where 30 were the target
		assertEquals(-10.0, lower.gap(), "worse than the target: negative gap");
		assertEquals(0.75, lower.achievement(), 1e-9);
		assertEquals(ResultLight.NEAR_TARGET, lower.light());
		Cell lowerGood = Cell.of(30.0, 25.0, Direction.LOWER_IS_BETTER, false);
		assertEquals(5.0, lowerGood.gap());
		assertEquals(ResultLight.ON_TARGET, lowerGood.light());
		assertEquals(ResultLight.OFF_TARGET, Cell.of(30.0, 60.0, Direction.LOWER_IS_BETTER, false).light());
		assertEquals(ResultLight.NO_DATA, Cell.of(null, 60.0, Direction.LOWER_IS_BETTER, false).light());
		assertEquals(ResultLight.NO_DATA, Cell.of(30.0, null, Direction.HIGHER_IS_BETTER, false).light());
	}

	@Test
	void validatesPeriodSignAndDuplicates() {
		Indicator i = ResultsFixtures.indicator(w, "IND-V", Periodicity.QUARTERLY, Aggregation.SUM, Direction.HIGHER_IS_BETTER);
		assertNull(ResultsValidation.checkEntry(i, "2024-T1", a, 3.0));
		assertTrue(ResultsValidation.checkEntry(i, "2024-05", a, 3.0).contains("periodicidad trimestral"));
		assertTrue(ResultsValidation.checkEntry(i, "2024-T1", a, -1.0).contains("negativo"));
		assertTrue(ResultsValidation.checkEntry(i, "primer trimestre", a, 1.0).contains("no es un periodo"));
		measure(i, T1, a, 1, null);
		assertTrue(ResultsValidation.check(i).isEmpty());
		measure(i, T1, a, 2, null);
		measure(i, Period.parse("2024"), b, 2, null);
		assertEquals(2, ResultsValidation.check(i).size(), ResultsValidation.check(i)::toString);
		assertTrue(ResultsValidation.check(i).get(0).message().contains("duplicada"));
	}

	private static void measure(Indicator i, Period p, Office o, double value, Double weight) {
		Measurement m = SiempleoFactory.eINSTANCE.createMeasurement();
		m.setPeriod(p.toString());
		m.setOffice(o);
		m.setValue(value);
		m.setWeight(weight);
		i.getMeasurements().add(m);
	}

	private static void target(Indicator i, Period p, Office o, double value) {
		IndicatorTarget t = SiempleoFactory.eINSTANCE.createIndicatorTarget();
		t.setPeriod(p.toString());
		t.setOffice(o);
		t.setValue(value);
		i.getTargets().add(t);
	}
}
