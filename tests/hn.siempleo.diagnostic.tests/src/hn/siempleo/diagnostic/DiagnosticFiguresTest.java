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
import hn.siempleo.model.Dimension;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;

/** Scores per dimension, overall and by preparación/respuesta, and the counts, on the shipped 2023 scan. */
class DiagnosticFiguresTest {

	private static final double EPSILON = 1e-9;

	@TempDir
	Path folder;
	private ShippedDiagnostic shipped;
	private Diagnostic national;

	@BeforeEach
	void open() throws Exception {
		shipped = ShippedDiagnostic.open(folder);
		national = shipped.national();
	}

	@Test
	void eachDimensionIsTheMeanOfItsCriteriaAndEachDimensionWeighsTheSame() {
		DiagnosticFigures figures = DiagnosticFigures.of(national, 3);
		List<Dimension> dimensions = shipped.workspace().getDimensions();
		// GOB 4+3+1+1, ORG 2+1+2+1+1, ALI 2+2+1+1, REN 2+2+1+1
		assertEquals(9 / 4.0, figures.score(dimensions.get(0)).value(), EPSILON);
		assertEquals(7 / 5.0, figures.score(dimensions.get(1)).value(), EPSILON);
		assertEquals(6 / 4.0, figures.score(dimensions.get(2)).value(), EPSILON);
		assertEquals(6 / 4.0, figures.score(dimensions.get(3)).value(), EPSILON);
		assertEquals((2.25 + 1.4 + 1.5 + 1.5) / 4, figures.overall().value(), EPSILON);
		assertEquals((2.25 + 1.5) / 2, figures.preparation().value(), EPSILON, "GOB and ALI");
		assertEquals((1.4 + 1.5) / 2, figures.response().value(), EPSILON, "ORG and REN");
		assertEquals(17, figures.overall().answered());
	}

	@Test
	void strengthsGapsAndUnansweredAreCounted() {
		DiagnosticFigures figures = DiagnosticFigures.of(national, 3);
		assertEquals(17, figures.criteria());
		assertEquals(0, figures.unanswered());
		assertEquals(2, figures.strengths(), "G1 and G2");
		assertEquals(15, figures.gaps());
		DiagnosticFigures atTwo = DiagnosticFigures.of(national, 2);
		assertEquals(List.of(8, 9), List.of(atTwo.strengths(), atTwo.gaps()), "at threshold 2 only Inicial is a gap");
		int withoutAction = (int) national.getAssessments().stream()
				.filter(a -> a.getScore().getValue() < 3 && a.getActions().isEmpty()).count();
		assertEquals(withoutAction, figures.gapsWithoutAction());
	}

	@Test
	void unansweredCriteriaDoNotCountAndTheAssessorsWordWins() {
		ShippedDiagnostic.assessment(national, "G1").setScore(MaturityLevel.NOT_ASSESSED);
		ShippedDiagnostic.assessment(national, "G3").setFindingKind(FindingKind.STRENGTH);
		DiagnosticFigures figures = DiagnosticFigures.of(national, 3);
		Dimension governance = shipped.workspace().getDimensions().get(0);
		assertEquals(5 / 3.0, figures.score(governance).value(), EPSILON, "G2, G3, G4 only");
		assertEquals(3, figures.score(governance).answered());
		assertEquals(1, figures.unanswered());
		assertEquals(2, figures.strengths(), "G2 and G3 (called a strength)");
		assertEquals(14, figures.gaps());
	}

	@Test
	void aScanWithoutAnswersHasEmptyScores() {
		Diagnostic empty = hn.siempleo.model.SiempleoFactory.eINSTANCE.createDiagnostic();
		shipped.workspace().getDiagnostics().add(empty);
		DiagnosticFigures figures = DiagnosticFigures.of(empty, 3);
		assertTrue(figures.overall().isEmpty());
		assertEquals("\u2014", figures.overall().text());
		assertEquals(4, figures.byDimension().size(), "every dimension of the catalogue, empty");
	}
}
