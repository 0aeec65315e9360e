// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.SiempleoFactory;

/** Strengths, gaps and scales of single assessments. */
class AssessmentsTest {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;

	@Test
	void theScoreDecidesUnlessTheAssessorSaidOtherwise() {
		Assessment assessment = F.createAssessment();
		assertFalse(Assessments.isGap(assessment, 3), "unanswered is neither");
		assertFalse(Assessments.isStrength(assessment, 3));
		assessment.setScore(MaturityLevel.DEVELOPING);
		assertTrue(Assessments.isGap(assessment, 3));
		assertFalse(Assessments.isGap(assessment, 2), "at the threshold is not under it");
		assertTrue(Assessments.isStrength(assessment, 2));
		assessment.setFindingKind(FindingKind.STRENGTH);
		assertFalse(Assessments.isGap(assessment, 3));
		assertTrue(Assessments.isStrength(assessment, 3));
		assessment.setScore(MaturityLevel.CONSOLIDATED);
		assessment.setFindingKind(FindingKind.GAP);
		assertTrue(Assessments.isGap(assessment, 3));
	}

	@Test
	void aCriterionIsScoredOnTheLevelsItDescribes() {
		Criterion criterion = F.createCriterion();
		assertEquals(4, Assessments.levels(criterion));
		assertNull(Assessments.levelDescription(criterion, 1));
		criterion.getLevelDescriptions().addAll(List.of("Nada", "Algo", "Bastante"));
		assertEquals(3, Assessments.levels(criterion));
		assertEquals("Algo", Assessments.levelDescription(criterion, 2));
		assertNull(Assessments.levelDescription(criterion, 4));
		Assessment assessment = F.createAssessment();
		assessment.setCriterion(criterion);
		assessment.setScore(MaturityLevel.CONSOLIDATED);
		assertFalse(Assessments.inScale(assessment));
		assessment.setScore(MaturityLevel.ESTABLISHED);
		assertTrue(Assessments.inScale(assessment));
	}
}
