// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.diagnostic.Comparison;
import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.HeatMap;
import hn.siempleo.diagnostic.Score;
import hn.siempleo.diagnostic.Trend;

/**
 * The rows about PES Scan diagnostics: score per dimension, each assessment with its gap, the plan actions that
 * answer each assessment (linked either way: the assessment's actions or the action's origin), every pair of
 * diagnostics compared dimension by dimension, and the office by dimension heat map of national scans. Scores,
 * gaps, comparisons and the heat map come from {@code hn.siempleo.diagnostic}, as in the editor.
 */
final class DiagnosticSection {

	/** Dimensions the heat-map rows carry columns for (dim1…dim6, score1…score6). */
	static final int HEAT_MAP_COLUMNS = 6;

	private final XmlOut xml;
	private final LocalDate asOf;

	DiagnosticSection(XmlOut xml, LocalDate asOf) {
		this.xml = xml;
		this.asOf = asOf;
	}

	void write(Workspace model) throws XMLStreamException {
		Diagnostic latest = model.getDiagnostics().stream().filter(d -> d.getDate() != null)
				.max(Comparator.comparing(Diagnostic::getDate)).orElse(model.getDiagnostics().isEmpty() ? null
						: model.getDiagnostics().get(model.getDiagnostics().size() - 1));
		xml.section("diagnostics", () -> {
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				DiagnosticFigures figures = DiagnosticFigures.of(diagnostic, Assessments.DEFAULT_THRESHOLD);
				xml.row("diagnostic", "code", diagnostic.getCode(), "name", diagnostic.getName(), "date",
						diagnostic.getDate(), "dateLabel", Labels.date(diagnostic.getDate()), "latest", diagnostic == latest,
						"assessors", String.join(", ", diagnostic.getAssessors()), "followUp", diagnostic.isFollowUp(),
						"baseline", diagnostic.getBaseline() == null ? null : diagnostic.getBaseline().getCode(),
						"officeScans", diagnostic.getOfficeScans().size(), "overall", score(figures.overall()),
						"preparation", score(figures.preparation()), "response", score(figures.response()), "strengths",
						figures.strengths(), "gaps", figures.gaps(), "unanswered", figures.unanswered());
			}
		});
		xml.section("dimensions", () -> {
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				for (Dimension dimension : model.getDimensions()) {
					dimension(model, diagnostic, diagnostic == latest, dimension);
				}
			}
		});
		xml.section("assessments", () -> {
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				for (Assessment assessment : diagnostic.getAssessments()) {
					assessment(model, diagnostic, diagnostic == latest, assessment);
				}
			}
		});
		xml.section("responses", () -> {
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				for (Assessment assessment : diagnostic.getAssessments()) {
					for (Action action : answers(model, assessment)) {
						response(diagnostic, diagnostic == latest, assessment, action);
					}
				}
			}
		});
		xml.section("comparisons", () -> {
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				for (Diagnostic baseline : model.getDiagnostics()) {
					if (baseline != diagnostic) {
						comparison(diagnostic, diagnostic == latest, baseline);
					}
				}
			}
		});
		xml.section("heatmap", () -> {
			for (Diagnostic diagnostic : model.getDiagnostics()) {
				if (!diagnostic.getOfficeScans().isEmpty()) {
					heatMap(diagnostic, diagnostic == latest);
				}
			}
		});
	}

	/** One row per dimension and one for the overall score ({@code dimension} "") of a pair of diagnostics. */
	private void comparison(Diagnostic diagnostic, boolean latest, Diagnostic baseline) throws XMLStreamException {
		Comparison comparison = Comparison.of(diagnostic, baseline);
		List<Comparison.DimensionChange> rows = new ArrayList<>(comparison.dimensions());
		rows.add(comparison.overall());
		int order = 0;
		for (Comparison.DimensionChange change : rows) {
			Dimension dimension = change.dimension();
			xml.row("comparison", "diagnostic", diagnostic.getCode(), "latest", latest, "baseline", baseline.getCode(),
					"ownBaseline", diagnostic.getBaseline() == baseline, "order", order++, "dimension",
					dimension == null ? "" : dimension.getCode(), "dimensionName",
					dimension == null ? Messages.DiagnosticSection_overall : dimension.getName(), "baselineScore",
					score(change.baseline()), "currentScore", score(change.current()), "baselineLabel",
					change.baseline().text(), "currentLabel", change.current().text(), "delta",
					change.trend() == Trend.NOT_COMPARABLE ? null : score(change.delta()), "trend",
					change.trend().name(), "trendLabel", Labels.trend(change.trend(), change.delta()));
		}
	}

	/** One row per office: its score in each dimension (by catalogue position, up to six) and overall. */
	private void heatMap(Diagnostic national, boolean latest) throws XMLStreamException {
		HeatMap map = HeatMap.of(national);
		int order = 0;
		for (Office office : map.offices()) {
			List<Object> attributes = new ArrayList<>(List.of("diagnostic", national.getCode(), "latest", latest,
					"order", order++, "office", office.getCode(), "officeName", office.getName(), "hasScan",
					map.scanOf(office) != null, "overall", map.overall(office).text()));
			if (!map.overall(office).isEmpty()) {
				attributes.addAll(List.of("overallBand", band(map.overall(office).value())));
			}
			for (int column = 0; column < Math.min(HEAT_MAP_COLUMNS, map.dimensions().size()); column++) {
				Dimension dimension = map.dimensions().get(column);
				Score score = map.score(office, dimension);
				attributes.addAll(List.of("dim" + (column + 1), dimension.getCode(), "score" + (column + 1),
						score.text()));
				if (!score.isEmpty()) {
					attributes.addAll(List.of("band" + (column + 1), band(score.value())));
				}
			}
			xml.row("office", attributes.toArray());
		}
	}

	/** The level a score is nearest to, 1 to 4: the colour band of a heat-map cell. */
	private static int band(double score) {
		return (int) Math.max(1, Math.min(4, Math.round(score)));
	}

	private static String score(Score score) {
		return score.isEmpty() ? null : score(score.value());
	}

	private static String score(double value) {
		return String.format(java.util.Locale.ROOT, "%.2f", value);
	}

	private void dimension(Workspace model, Diagnostic diagnostic, boolean latest, Dimension dimension)
			throws XMLStreamException {
		List<Assessment> assessed = new ArrayList<>();
		int gaps = 0;
		Set<Action> actions = new LinkedHashSet<>();
		for (Assessment assessment : diagnostic.getAssessments()) {
			if (assessment.getCriterion() == null || !dimension.getCriteria().contains(assessment.getCriterion())) {
				continue;
			}
			if (assessment.getScore() != MaturityLevel.NOT_ASSESSED) {
				assessed.add(assessment);
			}
			if (isGap(assessment)) {
				gaps++;
			}
			actions.addAll(answers(model, assessment));
		}
		double average = assessed.stream().mapToInt(a -> a.getScore().getValue()).average().orElse(0);
		xml.row("dimension", "diagnostic", diagnostic.getCode(), "latest", latest, "code", dimension.getCode(), "name",
				dimension.getName(), "planDimension", Labels.planDimension(dimension.getPlanDimension()), "average",
				String.format(java.util.Locale.ROOT, "%.2f", average), "criteria", dimension.getCriteria().size(),
				"assessed", assessed.size(), "gaps", gaps, "actions", actions.size());
	}

	private void assessment(Workspace model, Diagnostic diagnostic, boolean latest, Assessment assessment)
			throws XMLStreamException {
		Criterion criterion = assessment.getCriterion();
		Dimension dimension = criterion == null ? null : (Dimension) criterion.eContainer();
		List<Action> answers = answers(model, assessment);
		xml.row("assessment", "diagnostic", diagnostic.getCode(), "latest", latest, "dimension",
				PlanSection.code(dimension), "dimensionName", PlanSection.name(dimension), "criterion",
				PlanSection.code(criterion), "criterionName", PlanSection.name(criterion), "score",
				assessment.getScore().getValue(), "scoreLabel", Labels.maturity(assessment.getScore()), "gap",
				isGap(assessment), "finding", assessment.getFinding(), "recommendation", assessment.getRecommendation(),
				"evidence", assessment.getEvidence(), "actionCount", answers.size(), "actionCodes",
				answers.stream().map(Action::getCode).collect(Collectors.joining(", ")));
	}

	private void response(Diagnostic diagnostic, boolean latest, Assessment assessment, Action action)
			throws XMLStreamException {
		Criterion criterion = assessment.getCriterion();
		Dimension dimension = criterion == null ? null : (Dimension) criterion.eContainer();
		TrafficLight light = Actions.trafficLight(action, asOf);
		xml.row("response", "diagnostic", diagnostic.getCode(), "latest", latest, "dimension",
				PlanSection.code(dimension), "dimensionName", PlanSection.name(dimension), "criterion",
				PlanSection.code(criterion), "criterionName", PlanSection.name(criterion), "score",
				assessment.getScore().getValue(), "gap", isGap(assessment), "action", action.getCode(), "actionTitle",
				action.getTitle(), "priority", action.getPriority(), "statusLabel", Labels.status(action.getStatus()),
				"progress", action.getProgress(), "light", light.getName(), "lightLabel", Labels.light(light));
	}

	static boolean isGap(Assessment assessment) {
		return Assessments.isGap(assessment, Assessments.DEFAULT_THRESHOLD);
	}

	/** The actions answering an assessment, in plan order: its own list plus actions naming it as origin. */
	static List<Action> answers(Workspace model, Assessment assessment) {
		Set<Action> result = new LinkedHashSet<>(assessment.getActions());
		for (ActionPlan plan : model.getPlans()) {
			for (Action action : plan.getActions()) {
				if (action.getOriginAssessment() == assessment) {
					result.add(action);
				}
			}
		}
		return new ArrayList<>(result);
	}
}
