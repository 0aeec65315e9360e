// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Measurement;
import hn.siempleo.model.Workspace;
import hn.siempleo.results.fixtures.ResultsFixtures;

/** The shipped data set's results: 2024 by quarter for the 17 offices, valid, rolled up by axis. */
class ShippedResultsTest {

	private static Workspace w;

	@BeforeAll
	static void load(@TempDir Path folder) throws Exception {
		w = (Workspace) ResultsFixtures.shipped(folder).getContents().get(0);
	}

	@Test
	void has2024QuarterlyValuesForThe17Offices() {
		long offices = w.getIndicators().stream().flatMap(i -> i.getMeasurements().stream())
				.filter(m -> m.getPeriod().startsWith("2024-T") && m.getOffice() != null).map(Measurement::getOffice)
				.distinct().count();
		assertEquals(17, offices);
		Indicator registered = IndicatorResults.byCode(w, "IND-01");
		double year = IndicatorResults.actual(registered, Period.parse("2024"), null);
		double quarters = Period.of(2024, hn.siempleo.model.Periodicity.QUARTERLY).stream()
				.mapToDouble(q -> IndicatorResults.actual(registered, q, null)).sum();
		assertEquals(quarters, year, 1e-6);
		double offices2024 = registered.getMeasurements().stream().filter(m -> m.getPeriod().startsWith("2024"))
				.mapToDouble(Measurement::getValue).sum();
		assertEquals(offices2024, year, 1e-6, "the national 2024 value is the sum of the offices' quarters");
		assertTrue(year > 30000 && year < 50000, "about the 42,300 registered in 2024: " + year);
	}

	@Test
	void everyIndicatorIsValid() {
		List<ResultProblem> problems = w.getIndicators().stream().flatMap(i -> ResultsValidation.check(i).stream()).toList();
		assertEquals(List.of(), problems);
	}

	@Test
	void rollsUpActionsToIndicatorsServicesAndAxes() {
		List<RollUp.AxisGroup> axes = RollUp.of(w, Period.parse("2024-T4"));
		assertEquals(3, axes.size());
		RollUp.AxisGroup axis2 = axes.stream().filter(a -> "EJE2".equals(a.axis().getCode())).findFirst().orElseThrow();
		RollUp.ServiceGroup intermediation = axis2.services().stream()
				.filter(s -> s.service() != null && "INT".equals(s.service().getCode())).findFirst().orElseThrow();
		RollUp.IndicatorLine line = intermediation.lines().stream()
				.filter(l -> "IND-01".equals(l.indicator().getCode())).findFirst().orElseThrow();
		assertTrue(line.actions().stream().anyMatch(a -> "AC-22".equals(a.getCode())), line.actions()::toString);
		assertTrue(line.actions().stream().allMatch(a -> a.getAxis() == axis2.axis()), "only the axis' actions");
		assertEquals(IndicatorResults.cell(line.indicator(), Period.parse("2024-T4"), null), line.cell());
		assertTrue(line.cell().light() != ResultLight.NO_DATA);
		long groupedIndicators = axes.stream().flatMap(a -> a.services().stream()).mapToLong(s -> s.lines().size()).sum();
		assertTrue(groupedIndicators >= 83, "every action links at least one indicator: " + groupedIndicators);
	}
}
