// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Coded;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.text.Formats;
import hn.siempleo.model.logic.Definitions;
import hn.siempleo.model.logic.PlanFigures;

/** The rows about action plans: plans, axes, semáforo counts, actions and budget lines. */
final class PlanSection {

	private final XmlOut xml;
	private final LocalDate asOf;

	PlanSection(XmlOut xml, LocalDate asOf) {
		this.xml = xml;
		this.asOf = asOf;
	}

	void write(Workspace model) throws XMLStreamException {
		xml.section("plans", () -> {
			for (ActionPlan plan : model.getPlans()) {
				plan(plan);
			}
		});
		xml.section("axes", () -> {
			for (ActionPlan plan : model.getPlans()) {
				for (Map.Entry<PolicyAxis, List<Action>> entry : byAxis(model, plan).entrySet()) {
					axis(plan, entry.getKey(), entry.getValue());
				}
			}
		});
		xml.section("lights", () -> {
			for (ActionPlan plan : model.getPlans()) {
				for (Map.Entry<PolicyAxis, List<Action>> entry : byAxis(model, plan).entrySet()) {
					lights(plan, entry.getKey(), entry.getValue());
				}
			}
		});
		xml.section("actions", () -> {
			for (ActionPlan plan : model.getPlans()) {
				for (Action action : plan.getActions()) {
					action(plan, action);
				}
			}
		});
		xml.section("budgetLines", () -> {
			for (ActionPlan plan : model.getPlans()) {
				for (Map.Entry<PolicyAxis, List<Action>> entry : byAxis(model, plan).entrySet()) {
					budgetLines(plan, entry.getKey(), entry.getValue());
				}
			}
		});
	}

	private void plan(ActionPlan plan) throws XMLStreamException {
		PlanFigures figures = PlanFigures.of(plan, asOf);
		xml.row("plan", "code", plan.getCode(), "name", plan.getName(), "periodStart", plan.getPeriodStart(),
				"periodEnd", plan.getPeriodEnd(), "periodStartLabel", Labels.date(plan.getPeriodStart()),
				"periodEndLabel", Labels.date(plan.getPeriodEnd()), "budgetYear", plan.getBudgetYear(),
				"actionCount", figures.actionCount(), "ownMeansCount", figures.ownMeansCount(), "budgetCount",
				figures.budgetCount(), "budgetTotal", figures.budgetTotal(), "budgetTotalLabel",
				Labels.money(figures.budgetTotal()), "overdue", figures.overdue(), "ownMeansMissingOwnerOrDates",
				figures.ownMeansMissingOwnerOrDates(), "budgetMissingCost", figures.budgetMissingCost());
	}

	/** The plan's actions per axis, in the model's axis order; actions without axis last (key null). */
	private static Map<PolicyAxis, List<Action>> byAxis(Workspace model, ActionPlan plan) {
		Map<PolicyAxis, List<Action>> result = new LinkedHashMap<>();
		for (PolicyAxis axis : model.getAxes()) {
			result.put(axis, new ArrayList<>());
		}
		for (Action action : plan.getActions()) {
			result.computeIfAbsent(action.getAxis(), a -> new ArrayList<>()).add(action);
		}
		if (result.containsKey(null) && result.get(null).isEmpty()) {
			result.remove(null);
		}
		return result;
	}

	private void axis(ActionPlan plan, PolicyAxis axis, List<Action> actions) throws XMLStreamException {
		PlanFigures figures = PlanFigures.of(actions, asOf);
		Map<Integer, Integer> priorities = figures.byPriority();
		Map<ActionStatus, Integer> statuses = figures.byStatus();
		xml.row("axis", "plan", plan.getCode(), "budgetYear", plan.getBudgetYear(), "code", code(axis), "name",
				axis == null ? Messages.ReportDataWriter_noAxis : axis.getName(), "number",
				axis == null ? null : axis.getNumber(), "label", axisLabel(axis), "actionCount", figures.actionCount(),
				"ownMeansCount", figures.ownMeansCount(), "budgetCount", figures.budgetCount(), "p1",
				priorities.getOrDefault(1, 0), "p2", priorities.getOrDefault(2, 0), "p3", priorities.getOrDefault(3, 0),
				"p4", priorities.getOrDefault(4, 0), "notStarted", statuses.get(ActionStatus.NOT_STARTED), "inProgress",
				statuses.get(ActionStatus.IN_PROGRESS), "done", statuses.get(ActionStatus.DONE), "cancelled",
				statuses.get(ActionStatus.CANCELLED), "overdue", figures.overdue(), "budgetTotal",
				figures.budgetTotal(), "budgetMissingCost", figures.budgetMissingCost(),
				"ownMeansMissingOwnerOrDates", figures.ownMeansMissingOwnerOrDates());
	}

	private void lights(ActionPlan plan, PolicyAxis axis, List<Action> actions) throws XMLStreamException {
		Map<TrafficLight, Integer> lights = PlanFigures.of(actions, asOf).byTrafficLight();
		for (TrafficLight light : TrafficLight.VALUES) {
			xml.row("light", "plan", plan.getCode(), "budgetYear", plan.getBudgetYear(), "axis", code(axis), "code",
					light.getName(), "label", Labels.light(light), "order", light.getValue(), "count", lights.get(light));
		}
	}

	private void action(ActionPlan plan, Action action) throws XMLStreamException {
		boolean budget = Actions.needsBudget(action.getPriority());
		boolean budgeted = budget && action.getEstimatedCost() != null && action.getStatus() != ActionStatus.CANCELLED;
		LocalDate start = action.getStartDate();
		LocalDate due = action.getDueDate();
		String person = blankToNull(action.getResponsiblePerson());
		TrafficLight light = Actions.trafficLight(action, asOf);
		ResourceType type = Actions.resourceType(action);
		String resourceType = Labels.resourceType(type);
		xml.row("action", "plan", plan.getCode(), "budgetYear", plan.getBudgetYear(), "code", action.getCode(),
				"title", action.getTitle(), "axis", code(action.getAxis()), "axisLabel", axisLabel(action.getAxis()),
				"dimension", code(action.getDimension()), "dimensionName", name(action.getDimension()),
				"planDimension", Labels.planDimension(action.getPlanDimension()), "phase", Labels.term(action.getPhase()),
				"priority", action.getPriority(), "resourceType", type.getName(),
				"resourceTypeLabel", resourceType, "priorityLabel",
				NLS.bind(Messages.ReportDataWriter_priorityLabel, action.getPriority(), resourceType), "responsibleUnit",
				action.getResponsibleUnit(), "responsiblePerson", person, "owner",
				person == null ? Messages.ReportDataWriter_noOwner : person, "hasOwner", Definitions.hasOwner(action),
				"startDate", start, "dueDate", due, "startLabel", Labels.date(start), "dueLabel", Labels.date(due),
				"startYear", start == null ? null : start.getYear(), "dueYear", due == null ? null : due.getYear(),
				"startMonth", start == null ? "" : Labels.monthKey(start), "startMonthLabel",
				start == null ? Messages.ReportDataWriter_noDates : Labels.month(start), "hasDates",
				Definitions.hasDates(action), "status", action.getStatus().getName(), "statusLabel",
				Labels.status(action.getStatus()), "progress", action.getProgress(), "progressLabel",
				Formats.percent(action.getProgress() / 100.0), "estimatedCost",
				action.getEstimatedCost(), "estimatedCostLabel", Labels.money(action.getEstimatedCost()),
				"fundingSource", blankToNull(action.getFundingSource()), "hasCost", Definitions.hasCost(action),
				"budgeted", budgeted, "light", light.getName(), "lightLabel", Labels.light(light), "overdue",
				Actions.isOverdue(action, asOf), "incomplete", Definitions.isIncomplete(action), "offices",
				codes(action.getOffices()), "services", names(action.getServices()), "indicator", names(action.getIndicators()),
				"target", targets(action.getIndicators()), "n", 1, "originCriterion",
				action.getOriginAssessment() == null ? null : code(action.getOriginAssessment().getCriterion()));
	}

	private void budgetLines(ActionPlan plan, PolicyAxis axis, List<Action> actions) throws XMLStreamException {
		Map<String, BigDecimal> bySource = PlanFigures.of(actions, asOf).budgetByFundingSource();
		for (Map.Entry<String, BigDecimal> entry : bySource.entrySet()) {
			String source = entry.getKey();
			long count = actions.stream().filter(a -> Actions.needsBudget(a.getPriority()) && a.getEstimatedCost() != null
					&& a.getStatus() != ActionStatus.CANCELLED && source.equals(sourceOf(a))).count();
			xml.row("line", "plan", plan.getCode(), "budgetYear", plan.getBudgetYear(), "axis", code(axis),
					"axisLabel", axisLabel(axis), "source",
					source.equals(PlanFigures.NONE) ? Messages.ReportDataWriter_noSource : source, "amount",
					entry.getValue(), "count", count);
		}
	}

	private static String sourceOf(Action action) {
		String source = action.getFundingSource();
		return source == null || source.isBlank() ? PlanFigures.NONE : source.strip();
	}

	static String axisLabel(PolicyAxis axis) {
		if (axis == null) {
			return Messages.ReportDataWriter_noAxis;
		}
		return NLS.bind(Messages.ReportDataWriter_axisLabel, axis.getNumber(), axis.getName());
	}

	static String code(Coded element) {
		return element == null || element.getCode() == null ? "" : element.getCode();
	}

	static String name(Coded element) {
		return element == null || element.getName() == null ? "" : element.getName();
	}

	static String codes(List<? extends Coded> elements) {
		return elements.stream().map(PlanSection::code).collect(Collectors.joining(", "));
	}

	/** The final targets of the indicators an action moves, "100 %; 60 personas", or null when none has one. */
	static String targets(List<Indicator> indicators) {
		String joined = indicators.stream().filter(i -> i.eIsSet(SiempleoPackage.Literals.INDICATOR__TARGET))
				.map(i -> i.getUnit() == null ? Formats.number(i.getTarget()) : Formats.number(i.getTarget()) + " " + i.getUnit())
				.collect(Collectors.joining("; "));
		return joined.isEmpty() ? null : joined;
	}

	static String names(List<? extends Coded> elements) {
		return elements.stream().map(PlanSection::name).collect(Collectors.joining(", "));
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
