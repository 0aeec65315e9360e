// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.FindingKind;

/** Gap detection under a threshold, most severe first, with the actions already linked. */
class GapTest {

	@TempDir
	Path folder;
	private Diagnostic national;

	@BeforeEach
	void open() throws Exception {
		national = ShippedDiagnostic.open(folder).national();
	}

	@Test
	void gapsAreOrderedBySeverityThenByTheCatalogue() {
		List<Gap> gaps = Gap.of(national, 3);
		assertEquals(List.of("G3", "G4", "O2", "O4", "O5", "A3", "A4", "R3", "R4", "O1", "O3", "A1", "A2", "R1", "R2"),
				codes(gaps));
		assertEquals(2, gaps.get(0).severity(), "Inicial is two levels under Establecido");
		assertEquals(1, gaps.get(gaps.size() - 1).severity());
	}

	@Test
	void theThresholdDecidesWhatIsAGap() {
		assertEquals(List.of("G3", "G4", "O2", "O4", "O5", "A3", "A4", "R3", "R4"), codes(Gap.of(national, 2)));
		List<Gap> all = Gap.of(national, 4);
		assertEquals(16, all.size(), "everything but G1 (Consolidado)");
		assertEquals("G3", codes(all).get(0));
		assertEquals(3, all.get(0).severity());
	}

	@Test
	void theAssessorsWordWinsOverTheScore() {
		ShippedDiagnostic.assessment(national, "G3").setFindingKind(FindingKind.STRENGTH);
		ShippedDiagnostic.assessment(national, "G1").setFindingKind(FindingKind.GAP);
		List<String> codes = codes(Gap.of(national, 3));
		assertTrue(!codes.contains("G3"));
		assertEquals("G1", codes.get(codes.size() - 1), "a named gap above the threshold has severity 0, last");
	}

	@Test
	void eachGapListsTheActionsThatAnswerIt() {
		Gap g3 = Gap.of(national, 3).get(0);
		assertEquals(List.of("AC-02"), g3.actions().stream().map(a -> a.getCode()).toList().subList(0, 1));
		assertTrue(g3.actions().stream().allMatch(a -> a.getOriginAssessment() == g3.assessment()));
	}

	private static List<String> codes(List<Gap> gaps) {
		return gaps.stream().map(gap -> gap.criterion().getCode()).toList();
	}
}
