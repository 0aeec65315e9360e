// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.PlanDimension;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Assessments;

/**
 * The figures of one diagnostic, computed once for the editor, the dashboard, the reports and the command line.
 * An immutable snapshot: compute again after the diagnostic changes.
 *
 * <p>
 * Scoring: a dimension's score is the mean of its answered criteria (unanswered ones do not count); the overall
 * score, and the preparación and respuesta scores, are the mean of the dimension scores they cover, so that
 * every dimension weighs the same whatever its number of criteria. Strengths and gaps follow
 * {@link Assessments} at the given threshold.
 */
public final class DiagnosticFigures {

	private final Map<Dimension, Score> byDimension;
	private final Score overall;
	private final Score preparation;
	private final Score response;
	private final int criteria;
	private final int unanswered;
	private final int strengths;
	private final int gaps;
	private final int gapsWithoutAction;
	private final int threshold;

	private DiagnosticFigures(Diagnostic diagnostic, List<Dimension> dimensions, int threshold) {
		this.threshold = threshold;
		Map<Dimension, List<Integer>> levels = new LinkedHashMap<>();
		dimensions.forEach(d -> levels.put(d, new ArrayList<>()));
		int answered = 0;
		int strong = 0;
		int weak = 0;
		int orphan = 0;
		for (Assessment assessment : diagnostic.getAssessments()) {
			Dimension dimension = dimensionOf(assessment.getCriterion());
			if (Assessments.isAnswered(assessment)) {
				answered++;
				if (dimension != null) {
					levels.computeIfAbsent(dimension, d -> new ArrayList<>()).add(assessment.getScore().getValue());
				}
			}
			if (Assessments.isStrength(assessment, threshold)) {
				strong++;
			}
			if (Assessments.isGap(assessment, threshold)) {
				weak++;
				if (assessment.getActions().isEmpty()) {
					orphan++;
				}
			}
		}
		Map<Dimension, Score> scores = new LinkedHashMap<>();
		levels.forEach((dimension, list) -> scores.put(dimension, Score.ofLevels(list)));
		byDimension = Collections.unmodifiableMap(scores);
		overall = Score.meanOf(scores.values());
		preparation = meanOf(scores, PlanDimension.PREPARATION);
		response = meanOf(scores, PlanDimension.RESPONSE);
		criteria = diagnostic.getAssessments().size();
		unanswered = criteria - answered;
		strengths = strong;
		gaps = weak;
		gapsWithoutAction = orphan;
	}

	/**
	 * The figures of a diagnostic, by the dimensions of its workspace (in catalogue order).
	 *
	 * @param diagnostic the diagnostic, not null
	 * @param threshold scores under it are gaps (1 to 4; see {@link Assessments#DEFAULT_THRESHOLD})
	 */
	public static DiagnosticFigures of(Diagnostic diagnostic, int threshold) {
		return new DiagnosticFigures(diagnostic, dimensionsOf(diagnostic), threshold);
	}

	/** The score of each dimension of the catalogue, in catalogue order; empty scores for unanswered ones. */
	public Map<Dimension, Score> byDimension() {
		return byDimension;
	}

	/** The score of one dimension; {@link Score#NONE} when it has no answered criterion. */
	public Score score(Dimension dimension) {
		return byDimension.getOrDefault(dimension, Score.NONE);
	}

	/** The mean of the dimension scores. */
	public Score overall() {
		return overall;
	}

	/** The mean of the scores of the preparación dimensions. */
	public Score preparation() {
		return preparation;
	}

	/** The mean of the scores of the respuesta dimensions. */
	public Score response() {
		return response;
	}

	/** Number of assessments (criteria) of the diagnostic. */
	public int criteria() {
		return criteria;
	}

	/** Criteria without a score yet. */
	public int unanswered() {
		return unanswered;
	}

	/** Strengths at the threshold. */
	public int strengths() {
		return strengths;
	}

	/** Gaps at the threshold. */
	public int gaps() {
		return gaps;
	}

	/** Gaps that no action answers yet. */
	public int gapsWithoutAction() {
		return gapsWithoutAction;
	}

	/** The threshold the strengths and gaps were counted at. */
	public int threshold() {
		return threshold;
	}

	/** The dimension a criterion belongs to, or null. */
	public static Dimension dimensionOf(Criterion criterion) {
		return criterion != null && criterion.eContainer() instanceof Dimension dimension ? dimension : null;
	}

	/** The workspace a model element belongs to, or null when it is not inside one. */
	public static Workspace workspaceOf(EObject object) {
		EObject current = object;
		while (current != null && !(current instanceof Workspace)) {
			current = current.eContainer();
		}
		return (Workspace) current;
	}

	/** The dimensions of a diagnostic's workspace, in catalogue order; empty when it is in none. */
	static List<Dimension> dimensionsOf(Diagnostic diagnostic) {
		Workspace workspace = workspaceOf(diagnostic);
		return workspace == null ? List.of() : workspace.getDimensions();
	}

	private static Score meanOf(Map<Dimension, Score> scores, PlanDimension planDimension) {
		return Score.meanOf(scores.entrySet().stream().filter(e -> e.getKey().getPlanDimension() == planDimension)
				.map(Map.Entry::getValue).toList());
	}
}
