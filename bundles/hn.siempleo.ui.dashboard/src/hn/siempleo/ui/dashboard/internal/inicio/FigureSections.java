// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

import hn.siempleo.diagnostic.Comparison;
import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.Diagnostics;
import hn.siempleo.diagnostic.Trend;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Office;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.referral.ReferralMatrix;
import hn.siempleo.results.ResultLight;
import hn.siempleo.results.ResultsSummary;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.logic.ActionFilter;
import hn.siempleo.ui.ActionListOpener;
import hn.siempleo.model.text.Formats;
import hn.siempleo.model.text.Labels;
import hn.siempleo.ui.dashboard.DashboardFigure;

/**
 * Builds the sections of the Inicio dashboard into a parent, one row per figure. Figures about actions are
 * hyperlinks tagged {@code inicio.<key>} that open the Acciones list filtered to what they count; office
 * figures are plain labels.
 */
final class FigureSections {

	private static final String ID_PREFIX = "inicio.";
	private static final List<TrafficLight> LIGHT_ORDER = List.of(TrafficLight.ON_TRACK, TrafficLight.AT_RISK,
			TrafficLight.OVERDUE, TrafficLight.DONE, TrafficLight.NOT_STARTED);

	private static final int LABEL_WIDTH = 300;

	private final FormToolkit toolkit;
	private final Composite parent;
	private final ActionListOpener opener;

	FigureSections(FormToolkit toolkit, Composite parent, ActionListOpener opener) {
		this.toolkit = toolkit;
		this.parent = parent;
		this.opener = opener;
	}

	/**
	 * Adds the sections for {@code workspace} from its {@code computed} figures; those about actions only when
	 * they have a plan.
	 */
	void build(Workspace workspace, InicioFigures computed) {
		PlanFigures figures = computed.planFigures();
		if (figures != null) {
			Map<String, String> axisNames = computed.axisNames();
			actions(figures);
			trafficLights(figures);
			axes(figures, axisNames);
			toDefine(figures);
			budget(figures, computed.plan(), axisNames);
		}
		if (computed.diagnostic() != null) {
			diagnostic(computed);
		}
		offices(workspace);
		network(computed);
		results(computed.results());
		contributed(workspace, computed.today());
	}

	/** The latest diagnostic's scores and gaps; for a follow-up, the change of the overall score. */
	private void diagnostic(InicioFigures computed) {
		Diagnostic diagnostic = computed.diagnostic();
		Composite rows = section("diagnostic", NLS.bind(Messages.FigureSections_diagnostic, Diagnostics.code(diagnostic)));
		DiagnosticFigures figures = computed.diagnosticFigures();
		value(rows, Messages.FigureSections_diagnosticOverall, figures.overall().text(), "diagnostic.overall");
		value(rows, Messages.FigureSections_diagnosticPreparation, figures.preparation().text(),
				"diagnostic.preparation");
		value(rows, Messages.FigureSections_diagnosticResponse, figures.response().text(), "diagnostic.response");
		value(rows, Messages.FigureSections_diagnosticGaps, figures.gaps(), "diagnostic.gaps");
		value(rows, Messages.FigureSections_diagnosticGapsWithoutAction, figures.gapsWithoutAction(),
				"diagnostic.gapsWithoutAction");
		value(rows, Messages.FigureSections_diagnosticUnanswered, figures.unanswered(), "diagnostic.unanswered");
		Comparison.DimensionChange change = computed.diagnosticChange();
		if (change != null) {
			value(rows, NLS.bind(Messages.FigureSections_diagnosticChange, Diagnostics.code(diagnostic.getBaseline())),
					change.trend() == Trend.NOT_COMPARABLE ? "\u2014" : String.format("%+.2f", change.delta()), //$NON-NLS-1$ //$NON-NLS-2$
					"diagnostic.change");
		}
	}

	/** Resultados: the results indicators on and off target in their latest measured period (#17). */
	private void results(ResultsSummary summary) {
		if (summary.lines().isEmpty()) {
			return;
		}
		Composite rows = section("results", Messages.FigureSections_results);
		value(rows, Messages.FigureSections_resultsOn, summary.count(ResultLight.ON_TARGET), "results.on");
		value(rows, Messages.FigureSections_resultsNear, summary.count(ResultLight.NEAR_TARGET), "results.near");
		value(rows, Messages.FigureSections_resultsOff, summary.count(ResultLight.OFF_TARGET), "results.off");
		value(rows, Messages.FigureSections_resultsNoData, summary.count(ResultLight.NO_DATA), "results.noData");
	}

	/** Sections of plug-ins (extension point hn.siempleo.ui.dashboard.figures), after the core ones. */
	private void contributed(Workspace workspace, LocalDate today) {
		for (ContributedFigures.Section contributed : ContributedFigures.of(workspace, today)) {
			Composite rows = section(contributed.id(), contributed.title());
			for (DashboardFigure.Row row : contributed.rows()) {
				rowLabel(rows, row.label());
				Label value = WidgetIds.tag(toolkit.createLabel(rows, row.value()),
						ID_PREFIX + contributed.id() + "." + row.key());
				GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(value);
			}
		}
	}

	private void actions(PlanFigures figures) {
		Composite rows = section("actions", Messages.FigureSections_actions);
		link(rows, Messages.FigureSections_total, figures.actionCount(), "total", ActionFilter.all());
		link(rows, Messages.FigureSections_overdue, figures.overdue(), "overdue", ActionFilter.overdue());
		subheading(rows, Messages.FigureSections_byStatus);
		Map<ActionStatus, Integer> byStatus = figures.byStatus();
		for (ActionStatus status : ActionStatus.VALUES) {
			link(rows, statusLabel(status), byStatus.get(status), "status." + status.getName(),
					ActionFilter.status(status));
		}
		subheading(rows, Messages.FigureSections_byPriority);
		Map<Integer, Integer> byPriority = new TreeMap<>(figures.byPriority());
		for (int priority = 1; priority <= 4; priority++) {
			byPriority.putIfAbsent(priority, 0);
		}
		byPriority.forEach((priority, count) -> link(rows, priorityLabel(priority), count,
				"priority." + priority, ActionFilter.priority(priority)));
	}

	private void trafficLights(PlanFigures figures) {
		Composite rows = section("lights", Messages.FigureSections_trafficLights);
		Map<TrafficLight, Integer> byLight = figures.byTrafficLight();
		for (TrafficLight light : LIGHT_ORDER) {
			link(rows, lightLabel(light), byLight.get(light), "light." + light.getName(),
					ActionFilter.trafficLight(light));
		}
	}

	private void axes(PlanFigures figures, Map<String, String> axisNames) {
		Composite rows = section("axes", Messages.FigureSections_axes);
		Map<String, Integer> byAxis = new LinkedHashMap<>();
		axisNames.keySet().forEach(code -> byAxis.put(code, 0));
		byAxis.putAll(figures.byAxis());
		byAxis.forEach((code, count) -> link(rows, axisLabel(code, axisNames), count, axisKey("axis.", code),
				ActionFilter.axis(code)));
	}

	private void toDefine(PlanFigures figures) {
		Composite rows = section("toDefine", Messages.FigureSections_toDefine);
		link(rows, NLS.bind(Messages.FigureSections_missingOwner, figures.ownMeansCount()),
				figures.ownMeansMissingOwnerOrDates(), "missingOwner", ActionFilter.missingOwnerOrDates());
		link(rows, NLS.bind(Messages.FigureSections_missingCost, figures.budgetCount()), figures.budgetMissingCost(),
				"missingCost", ActionFilter.missingCost());
	}

	private void budget(PlanFigures figures, ActionPlan plan, Map<String, String> axisNames) {
		String title = plan.getBudgetYear() > 0
				? NLS.bind(Messages.FigureSections_budgetOfYear, Integer.toString(plan.getBudgetYear()))
				: Messages.FigureSections_budget;
		Composite rows = section("budget", title);
		link(rows, Messages.FigureSections_budgetTotal, Formats.money(figures.budgetTotal()), "budget.total",
				ActionFilter.budget(null));
		Map<String, BigDecimal> byAxis = figures.budgetByAxis();
		if (!byAxis.isEmpty()) {
			subheading(rows, Messages.FigureSections_byAxis);
		}
		byAxis.forEach((code, amount) -> link(rows, axisLabel(code, axisNames), Formats.money(amount),
				axisKey("budget.axis.", code), ActionFilter.budget(code)));
	}

	private void offices(Workspace workspace) {
		Composite rows = section("offices", Messages.FigureSections_offices);
		List<Office> offices = workspace.getOffices();
		value(rows, Messages.FigureSections_officeCount, offices.size(), "offices");
		value(rows, Messages.FigureSections_openOffices, (int) offices.stream().filter(Office::isOpen).count(),
				"offices.open");
		value(rows, Messages.FigureSections_integratedOffices,
				(int) offices.stream().filter(o -> o.getModel() == OfficeModel.INTEGRATED).count(),
				"offices.integrated");
	}

	private void network(InicioFigures computed) {
		Composite rows = section("network", Messages.FigureSections_network);
		ReferralMatrix referrals = computed.referrals();
		value(rows, Messages.FigureSections_referrals, referrals.total(), "network.referrals");
		value(rows, Messages.FigureSections_referralsKnown, (int) Math.round(100 * referrals.knownShare()),
				"network.known");
		value(rows, Messages.FigureSections_coverageGaps, computed.coverageGaps(), "network.gaps");
		value(rows, Messages.FigureSections_agreementsExpiring, computed.agreementsExpiring(), "network.expiring");
		value(rows, Messages.FigureSections_overdueSteps, computed.overdueSteps(), "network.overdueSteps");
	}

	private Composite section(String key, String title) {
		Section section = WidgetIds.tag(toolkit.createSection(parent, Section.TITLE_BAR | Section.EXPANDED),
				ID_PREFIX + "section." + key);
		section.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.TOP).applyTo(section);
		Composite rows = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(2, false);
		layout.horizontalSpacing = 16;
		rows.setLayout(layout);
		section.setClient(rows);
		return rows;
	}

	private void subheading(Composite rows, String text) {
		Label label = toolkit.createLabel(rows, text);
		label.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).indent(0, 6).applyTo(label);
	}

	private void link(Composite rows, String label, int count, String key, ActionFilter filter) {
		link(rows, label, Integer.toString(count), key, filter);
	}

	private void link(Composite rows, String label, String figure, String key, ActionFilter filter) {
		rowLabel(rows, label);
		Hyperlink link = WidgetIds.tag(toolkit.createHyperlink(rows, figure, SWT.NONE), ID_PREFIX + key);
		link.setToolTipText(Labels.describe(filter));
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent event) {
				opener.open(filter);
			}
		});
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(link);
	}

	private void value(Composite rows, String label, int count, String key) {
		value(rows, label, Integer.toString(count), key);
	}

	private void value(Composite rows, String label, String figure, String key) {
		rowLabel(rows, label);
		Label value = WidgetIds.tag(toolkit.createLabel(rows, figure), ID_PREFIX + key);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(value);
	}

	/** Long labels (axis names) wrap, so that sections stay narrow enough to sit side by side. */
	private void rowLabel(Composite rows, String text) {
		Label label = toolkit.createLabel(rows, text, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(LABEL_WIDTH, SWT.DEFAULT).applyTo(label);
	}

	private static String axisKey(String prefix, String code) {
		return prefix + (code.equals(PlanFigures.NONE) ? "none" : code);
	}

	private static String axisLabel(String code, Map<String, String> axisNames) {
		if (code.equals(PlanFigures.NONE)) {
			return Messages.FigureSections_noAxis;
		}
		String name = axisNames.get(code);
		return name == null || name.isBlank() ? code : NLS.bind(Messages.FigureSections_axis, code, name);
	}

	private static String priorityLabel(int priority) {
		if (priority < 1 || priority > 4) {
			return NLS.bind(Messages.FigureSections_invalidPriority, Integer.toString(priority));
		}
		return NLS.bind(Actions.needsBudget(priority) ? Messages.FigureSections_budgetPriority
				: Messages.FigureSections_ownMeansPriority, Integer.toString(priority));
	}

	private static String statusLabel(ActionStatus status) {
		return switch (status) {
			case NOT_STARTED -> Messages.FigureSections_statusNotStarted;
			case IN_PROGRESS -> Messages.FigureSections_statusInProgress;
			case DONE -> Messages.FigureSections_statusDone;
			case CANCELLED -> Messages.FigureSections_statusCancelled;
		};
	}

	private static String lightLabel(TrafficLight light) {
		return switch (light) {
			case ON_TRACK -> Messages.FigureSections_lightOnTrack;
			case AT_RISK -> Messages.FigureSections_lightAtRisk;
			case OVERDUE -> Messages.FigureSections_lightOverdue;
			case DONE -> Messages.FigureSections_lightDone;
			case NOT_STARTED -> Messages.FigureSections_lightNotStarted;
		};
	}
}
