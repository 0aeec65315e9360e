// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;

/**
 * Derived facts about one assessment of a PES Scan diagnostic, computed here and nowhere else so that the
 * validator, the diagnostic editor, the reports and the command line agree: whether it is answered, the
 * criterion's scale, and whether it is a strength or a gap. Pure functions; safe from any thread.
 *
 * <p>
 * A gap is what the assessor called a gap; when the assessor said nothing ({@link FindingKind#UNSPECIFIED}),
 * an answered criterion scored under the threshold is a gap and one scored at or above it is a strength.
 */
public final class Assessments {

	/** Default gap threshold: scores under Establecido (3) are gaps. */
	public static final int DEFAULT_THRESHOLD = MaturityLevel.ESTABLISHED_VALUE;

	/** Highest level of the maturity scale. */
	public static final int MAX_LEVEL = MaturityLevel.CONSOLIDATED_VALUE;

	private Assessments() {
	}

	/** Whether the assessment has a score (any level but {@link MaturityLevel#NOT_ASSESSED}). */
	public static boolean isAnswered(Assessment assessment) {
		return assessment.getScore() != MaturityLevel.NOT_ASSESSED;
	}

	/**
	 * The number of levels a criterion is scored on: as many as it describes, all four when it describes none.
	 *
	 * @param criterion the criterion, or null (then four)
	 */
	public static int levels(Criterion criterion) {
		int described = criterion == null ? 0 : criterion.getLevelDescriptions().size();
		return described == 0 ? MAX_LEVEL : Math.min(described, MAX_LEVEL);
	}

	/** Whether the score is on the criterion's scale (not assessed always is). */
	public static boolean inScale(Assessment assessment) {
		return assessment.getScore().getValue() <= levels(assessment.getCriterion());
	}

	/**
	 * The description of a level of a criterion, or null when the criterion does not describe it.
	 *
	 * @param level 1 to 4
	 */
	public static String levelDescription(Criterion criterion, int level) {
		if (criterion == null || level < 1 || level > criterion.getLevelDescriptions().size()) {
			return null;
		}
		String text = criterion.getLevelDescriptions().get(level - 1);
		return text == null || text.isBlank() ? null : text;
	}

	/** Whether the assessment is a gap at the given threshold (see the class comment). */
	public static boolean isGap(Assessment assessment, int threshold) {
		return switch (assessment.getFindingKind()) {
			case GAP -> true;
			case STRENGTH -> false;
			case UNSPECIFIED -> isAnswered(assessment) && assessment.getScore().getValue() < threshold;
		};
	}

	/** Whether the assessment is a strength at the given threshold (see the class comment). */
	public static boolean isStrength(Assessment assessment, int threshold) {
		return switch (assessment.getFindingKind()) {
			case GAP -> false;
			case STRENGTH -> true;
			case UNSPECIFIED -> isAnswered(assessment) && assessment.getScore().getValue() >= threshold;
		};
	}

	/** Whether the recommendation is given (not blank). */
	public static boolean hasRecommendation(Assessment assessment) {
		return assessment.getRecommendation() != null && !assessment.getRecommendation().isBlank();
	}
}
