// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.logic.Assessments;

/**
 * Any two diagnostics of a workspace compared, dimension by dimension and criterion by criterion (matched by
 * criterion): what improved, stayed or got worse from the baseline to the later one. An immutable snapshot.
 */
public final class Comparison {

	/** Score differences smaller than this count as {@link Trend#SAME}. */
	public static final double TOLERANCE = 0.005;

	/**
	 * One dimension compared.
	 *
	 * @param dimension the dimension, or null for the overall score
	 * @param baseline its score in the baseline
	 * @param current its score in the later diagnostic
	 * @param trend how it changed
	 */
	public record DimensionChange(Dimension dimension, Score baseline, Score current, Trend trend) {
		/** The difference, later minus baseline; 0 when not comparable. */
		public double delta() {
			return trend == Trend.NOT_COMPARABLE ? 0 : current.value() - baseline.value();
		}
	}

	/**
	 * One criterion compared.
	 *
	 * @param criterion the criterion
	 * @param baseline its score in the baseline (0 when not answered or not assessed there)
	 * @param current its score in the later diagnostic (0 likewise)
	 * @param trend how it changed
	 */
	public record CriterionChange(Criterion criterion, int baseline, int current, Trend trend) {
	}

	private final Diagnostic baseline;
	private final Diagnostic current;
	private final List<DimensionChange> dimensions;
	private final DimensionChange overall;
	private final List<CriterionChange> criteria;

	private Comparison(Diagnostic current, Diagnostic baseline) {
		this.current = current;
		this.baseline = baseline;
		DiagnosticFigures before = DiagnosticFigures.of(baseline, Assessments.DEFAULT_THRESHOLD);
		DiagnosticFigures after = DiagnosticFigures.of(current, Assessments.DEFAULT_THRESHOLD);
		List<DimensionChange> changes = new ArrayList<>();
		for (Dimension dimension : after.byDimension().keySet()) {
			Score was = before.score(dimension);
			Score is = after.score(dimension);
			changes.add(new DimensionChange(dimension, was, is, Trend.of(was, is)));
		}
		dimensions = List.copyOf(changes);
		overall = new DimensionChange(null, before.overall(), after.overall(), Trend.of(before.overall(), after.overall()));
		List<CriterionChange> byCriterion = new ArrayList<>();
		for (Assessment assessment : current.getAssessments()) {
			Criterion criterion = assessment.getCriterion();
			if (criterion == null) {
				continue;
			}
			int was = scoreOf(baseline, criterion);
			int is = assessment.getScore().getValue();
			Trend trend = Trend.of(was == 0 ? Score.NONE : new Score(was, 1), is == 0 ? Score.NONE : new Score(is, 1));
			byCriterion.add(new CriterionChange(criterion, was, is, trend));
		}
		criteria = List.copyOf(byCriterion);
	}

	/**
	 * Compares a diagnostic with a baseline.
	 *
	 * @param current the later diagnostic, not null
	 * @param baseline the earlier one, not null
	 */
	public static Comparison of(Diagnostic current, Diagnostic baseline) {
		return new Comparison(current, baseline);
	}

	/** The earlier diagnostic. */
	public Diagnostic baseline() {
		return baseline;
	}

	/** The later diagnostic. */
	public Diagnostic current() {
		return current;
	}

	/** Each dimension of the catalogue, in order. */
	public List<DimensionChange> dimensions() {
		return dimensions;
	}

	/** The overall score (its dimension is null). */
	public DimensionChange overall() {
		return overall;
	}

	/** Each criterion of the later diagnostic, in its order. */
	public List<CriterionChange> criteria() {
		return criteria;
	}

	/** How many dimensions have each trend. */
	public Map<Trend, Integer> dimensionTrends() {
		Map<Trend, Integer> counts = new EnumMap<>(Trend.class);
		for (Trend trend : Trend.values()) {
			counts.put(trend, 0);
		}
		dimensions.forEach(change -> counts.merge(change.trend(), 1, Integer::sum));
		return counts;
	}

	private static int scoreOf(Diagnostic diagnostic, Criterion criterion) {
		for (Assessment assessment : diagnostic.getAssessments()) {
			if (assessment.getCriterion() == criterion) {
				return assessment.getScore().getValue();
			}
		}
		return 0;
	}
}
