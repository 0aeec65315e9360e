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
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;

/**
 * The rows about PES Scan diagnostics: score per dimension, each assessment with its gap, and the plan
 * actions that answer each assessment (linked either way: the assessment's actions or the action's origin).
 */
final class DiagnosticSection {

	/** Scores at or below this level (and assessed) are gaps. */
	static final int GAP_LEVEL = MaturityLevel.DEVELOPING_VALUE;

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
		xml.open("diagnostics");
		for (Diagnostic diagnostic : model.getDiagnostics()) {
			xml.row("diagnostic", "code", diagnostic.getCode(), "name", diagnostic.getName(), "date",
					diagnostic.getDate(), "dateLabel", Labels.date(diagnostic.getDate()), "latest", diagnostic == latest,
					"assessors", String.join(", ", diagnostic.getAssessors()));
		}
		xml.close("diagnostics");
		xml.open("dimensions");
		for (Diagnostic diagnostic : model.getDiagnostics()) {
			for (Dimension dimension : model.getDimensions()) {
				dimension(model, diagnostic, diagnostic == latest, dimension);
			}
		}
		xml.close("dimensions");
		xml.open("assessments");
		for (Diagnostic diagnostic : model.getDiagnostics()) {
			for (Assessment assessment : diagnostic.getAssessments()) {
				assessment(model, diagnostic, diagnostic == latest, assessment);
			}
		}
		xml.close("assessments");
		xml.open("responses");
		for (Diagnostic diagnostic : model.getDiagnostics()) {
			for (Assessment assessment : diagnostic.getAssessments()) {
				for (Action action : answers(model, assessment)) {
					response(diagnostic, diagnostic == latest, assessment, action);
				}
			}
		}
		xml.close("responses");
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
		int score = assessment.getScore().getValue();
		return score > 0 && score <= GAP_LEVEL;
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
