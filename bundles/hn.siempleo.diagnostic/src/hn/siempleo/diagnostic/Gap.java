// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.logic.Assessments;

/**
 * A gap of a diagnostic at a threshold: an assessment that {@link Assessments#isGap is a gap}, how far under the
 * threshold it is, and the plan actions that already answer it.
 *
 * @param assessment the assessment
 * @param severity how many levels the score is under the threshold (an unanswered criterion the assessor called a
 *            gap counts as scored Inicial; a gap the assessor named at or above the threshold has severity 0)
 * @param actions the actions that answer the assessment, in the order they were linked
 */
public record Gap(Assessment assessment, int severity, List<Action> actions) {

	/** Copies the list, so that the gap is a snapshot. */
	public Gap {
		actions = List.copyOf(actions);
	}

	/** The criterion assessed, or null. */
	public Criterion criterion() {
		return assessment.getCriterion();
	}

	/** The dimension of the criterion, or null. */
	public Dimension dimension() {
		return DiagnosticFigures.dimensionOf(assessment.getCriterion());
	}

	/** Whether closing the gap needs additional budget. */
	public boolean needsBudget() {
		return assessment.getResourceNeed() == ResourceType.ADDITIONAL_BUDGET;
	}

	/**
	 * The gaps of a diagnostic, most severe first; equal severities in the order of the dimension and criterion
	 * catalogue.
	 *
	 * @param diagnostic the diagnostic
	 * @param threshold scores under it are gaps (1 to 4)
	 */
	public static List<Gap> of(Diagnostic diagnostic, int threshold) {
		List<Gap> gaps = new ArrayList<>();
		for (Assessment assessment : diagnostic.getAssessments()) {
			if (Assessments.isGap(assessment, threshold)) {
				int score = Math.max(1, assessment.getScore().getValue());
				gaps.add(new Gap(assessment, Math.max(0, threshold - score), assessment.getActions()));
			}
		}
		List<Criterion> catalogue = DiagnosticFigures.dimensionsOf(diagnostic).stream()
				.flatMap(d -> d.getCriteria().stream()).toList();
		gaps.sort(Comparator.comparingInt(Gap::severity).reversed()
				.thenComparingInt(gap -> position(catalogue, gap.criterion())));
		return List.copyOf(gaps);
	}

	private static int position(List<Criterion> catalogue, Criterion criterion) {
		int index = catalogue.indexOf(criterion);
		return index < 0 ? Integer.MAX_VALUE : index;
	}
}
