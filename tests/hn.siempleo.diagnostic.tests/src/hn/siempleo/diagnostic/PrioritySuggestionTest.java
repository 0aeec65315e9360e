// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.Term;

/** The documented rule: severity and own means → P1/P2, additional budget → P3/P4; phase from the priority. */
class PrioritySuggestionTest {

	@TempDir
	Path folder;
	private Diagnostic national;

	@BeforeEach
	void open() throws Exception {
		national = ShippedDiagnostic.open(folder).national();
	}

	@Test
	void severeGapsWithOwnMeansArePriorityOneAndWithBudgetThree() {
		assertEquals(1, PrioritySuggestion.priority(gap("G3", 3)), "Inicial, own means");
		assertEquals(3, PrioritySuggestion.priority(gap("G4", 3)), "Inicial, additional budget");
		assertEquals(2, PrioritySuggestion.priority(gap("O1", 3)), "En desarrollo, own means");
		assertEquals(4, PrioritySuggestion.priority(gap("O3", 3)), "En desarrollo, additional budget");
	}

	@Test
	void twoLevelsUnderTheThresholdIsSevere() {
		assertFalse(PrioritySuggestion.isSevere(gap("O1", 3)));
		assertTrue(PrioritySuggestion.isSevere(gap("O1", 4)), "En desarrollo is two under Consolidado");
		assertEquals(1, PrioritySuggestion.priority(gap("O1", 4)));
	}

	@Test
	void theResourcesTheAssessorsNamedMoveTheGapToTheOtherPair() {
		ShippedDiagnostic.assessment(national, "G3").setResourceNeed(ResourceType.ADDITIONAL_BUDGET);
		assertEquals(3, PrioritySuggestion.priority(gap("G3", 3)));
		ShippedDiagnostic.assessment(national, "G4").setResourceNeed(ResourceType.OWN_MEANS);
		assertEquals(1, PrioritySuggestion.priority(gap("G4", 3)));
	}

	@Test
	void thePhaseFollowsThePriority() {
		assertEquals(List.of(Term.SHORT, Term.MEDIUM, Term.MEDIUM, Term.LONG),
				List.of(PrioritySuggestion.phase(1), PrioritySuggestion.phase(2), PrioritySuggestion.phase(3),
						PrioritySuggestion.phase(4)));
	}

	private Gap gap(String criterion, int threshold) {
		return Gap.of(national, threshold).stream().filter(g -> criterion.equals(g.criterion().getCode())).findFirst()
				.orElseThrow();
	}
}
