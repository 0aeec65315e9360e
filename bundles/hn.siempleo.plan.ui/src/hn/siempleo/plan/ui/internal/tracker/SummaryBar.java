// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.text.Labels;
import hn.siempleo.model.text.Formats;

/**
 * The lines under the grid: how many actions are shown, their counts by status and priority, and the cost of
 * the shown priority 3-4 actions for the plan's budget year; its detail by axis and by funding source (from
 * {@link PlanFigures}) on demand, and as the total's tooltip, so that the grid keeps its rows on a 1366×768
 * laptop.
 */
final class SummaryBar {

	private final Label count;
	private final Label counts;
	private final Label budget;
	private final Link toggle;
	private final Label detail;
	private boolean detailShown;

	SummaryBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 2).applyTo(bar);
		count = WidgetIds.tag(new Label(bar, SWT.NONE), "tracker.summary.count");
		// wraps rather than being cut off where the view is narrower than the counts (a 1366x768 laptop)
		counts = WidgetIds.tag(new Label(bar, SWT.WRAP), "tracker.summary.counts");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(counts);
		Composite budgetRow = new Composite(bar, SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(budgetRow);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).applyTo(budgetRow);
		budget = WidgetIds.tag(new Label(budgetRow, SWT.WRAP), "tracker.summary.budget");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(budget);
		toggle = WidgetIds.tag(new Link(budgetRow, SWT.NONE), "tracker.summary.detailToggle");
		toggle.setText(Messages.SummaryBar_showDetail);
		toggle.addListener(SWT.Selection, event -> {
			detailShown = !detailShown;
			toggle.setText(detailShown ? Messages.SummaryBar_hideDetail : Messages.SummaryBar_showDetail);
			showDetail();
		});
		detail = WidgetIds.tag(new Label(bar, SWT.WRAP), "tracker.summary.detail");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).exclude(true).applyTo(detail);
		detail.setVisible(false);
	}

	private void showDetail() {
		Layouts.shown(detail, detailShown);
		relayout();
	}

	void show(ActionPlan plan, List<Action> shown, int total, LocalDate today) {
		if (plan == null) {
			count.setText(Messages.SummaryBar_noPlan);
			counts.setText("");
			budget.setText("");
			budget.setToolTipText(null);
			detail.setText("");
			toggle.setVisible(false);
			relayout();
			return;
		}
		PlanFigures figures = PlanFigures.of(shown, today);
		count.setText(NLS.bind(Messages.SummaryBar_count, shown.size(), total));
		List<String> parts = new ArrayList<>();
		Map<ActionStatus, Integer> byStatus = figures.byStatus();
		for (ActionStatus status : ActionStatus.VALUES) {
			parts.add(NLS.bind(Messages.SummaryBar_item, Labels.literal(status), byStatus.get(status)));
		}
		figures.byPriority().forEach((priority, n) -> parts.add(NLS.bind(Messages.SummaryBar_priority, priority, n)));
		counts.setText(String.join("  \u00b7  ", parts));
		String year = plan.getBudgetYear() > 0 ? Integer.toString(plan.getBudgetYear()) : Messages.SummaryBar_noYear;
		budget.setText(NLS.bind(Messages.SummaryBar_budget, year, Formats.money(figures.budgetTotal())));
		String byAxisAndSource = NLS.bind(Messages.SummaryBar_budgetDetail,
				amounts(figures.budgetByAxis(), Messages.SummaryBar_noAxis),
				amounts(figures.budgetByFundingSource(), Messages.SummaryBar_noSource));
		budget.setToolTipText(byAxisAndSource);
		detail.setText(byAxisAndSource);
		toggle.setVisible(true);
		relayout();
	}

	private static String amounts(Map<String, BigDecimal> byKey, String none) {
		if (byKey.isEmpty()) {
			return "\u2014";
		}
		List<String> parts = new ArrayList<>();
		byKey.forEach((key, amount) -> parts.add(NLS.bind(Messages.SummaryBar_item,
				key.equals(PlanFigures.NONE) ? none : key, Formats.money(amount))));
		return String.join(", ", parts);
	}

	private void relayout() {
		count.getParent().layout(true, true);
		count.getParent().getParent().layout(true);
	}
}
