// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.Comparison.DimensionChange;
import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;

/** Two diagnostics compared: better, same or worse per dimension and per criterion. */
class ComparisonTest {

	@TempDir
	Path folder;
	private ShippedDiagnostic shipped;
	private Diagnostic national;
	private Diagnostic followUp;

	@BeforeEach
	void startAFollowUp() throws Exception {
		shipped = ShippedDiagnostic.open(folder);
		national = shipped.national();
		var command = DiagnosticCommands.followUp(shipped.model().editingDomain(), national, "DX-2025-NAC",
				"Seguimiento 2025", LocalDate.of(2025, 9, 15));
		shipped.model().commandStack().execute(command);
		followUp = (Diagnostic) command.getResult().iterator().next();
	}

	@Test
	void anUnchangedFollowUpIsTheSameEverywhere() {
		Comparison comparison = Comparison.of(followUp, national);
		assertEquals(Map.of(Trend.BETTER, 0, Trend.SAME, 4, Trend.WORSE, 0, Trend.NOT_COMPARABLE, 0),
				comparison.dimensionTrends());
		assertEquals(Trend.SAME, comparison.overall().trend());
		assertEquals(17, comparison.criteria().size());
	}

	@Test
	void eachDimensionSaysWhetherItGotBetterOrWorse() {
		ShippedDiagnostic.assessment(followUp, "G3").setScore(MaturityLevel.ESTABLISHED);
		ShippedDiagnostic.assessment(followUp, "O1").setScore(MaturityLevel.INITIAL);
		ShippedDiagnostic.assessment(followUp, "R1").setScore(MaturityLevel.NOT_ASSESSED);
		ShippedDiagnostic.assessment(followUp, "R2").setScore(MaturityLevel.NOT_ASSESSED);
		ShippedDiagnostic.assessment(followUp, "R3").setScore(MaturityLevel.NOT_ASSESSED);
		ShippedDiagnostic.assessment(followUp, "R4").setScore(MaturityLevel.NOT_ASSESSED);
		Comparison comparison = Comparison.of(followUp, national);
		List<Trend> trends = comparison.dimensions().stream().map(DimensionChange::trend).toList();
		assertEquals(List.of(Trend.BETTER, Trend.WORSE, Trend.SAME, Trend.NOT_COMPARABLE), trends);
		assertEquals(0.5, comparison.dimensions().get(0).delta(), 1e-9, "G3 from 1 to 3 in four criteria");
		assertEquals(-0.2, comparison.dimensions().get(1).delta(), 1e-9);
		Comparison.CriterionChange g3 = comparison.criteria().stream()
				.filter(c -> c.criterion().getCode().equals("G3")).findFirst().orElseThrow();
		assertEquals(List.of(1, 3), List.of(g3.baseline(), g3.current()));
		assertEquals(Trend.BETTER, g3.trend());
	}

	@Test
	void anyTwoDiagnosticsCompareEvenTheOtherWayRound() {
		ShippedDiagnostic.assessment(followUp, "G3").setScore(MaturityLevel.ESTABLISHED);
		assertEquals(Trend.WORSE, Comparison.of(national, followUp).dimensions().get(0).trend());
	}
}
