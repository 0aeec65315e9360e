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

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.text.Labels;
import hn.siempleo.model.text.Formats;

/**
 * The line under the grid: how many actions are shown, their counts by status and priority, and the cost of
 * the shown priority 3-4 actions for the plan's budget year, by axis and by funding source (from
 * {@link PlanFigures}).
 */
final class SummaryBar {

	private final Label count;
	private final Label counts;
	private final Label budget;

	SummaryBar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(12, 2).applyTo(bar);
		count = WidgetIds.tag(new Label(bar, SWT.NONE), "tracker.summary.count");
		// wraps rather than being cut off where the view is narrower than the counts (a 1366x768 laptop)
		counts = WidgetIds.tag(new Label(bar, SWT.WRAP), "tracker.summary.counts");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(counts);
		budget = WidgetIds.tag(new Label(bar, SWT.WRAP), "tracker.summary.budget");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(budget);
	}

	void show(ActionPlan plan, List<Action> shown, int total, LocalDate today) {
		if (plan == null) {
			count.setText(Messages.SummaryBar_noPlan);
			counts.setText("");
			budget.setText("");
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
		budget.setText(NLS.bind(Messages.SummaryBar_budget, new Object[] { year, Formats.money(figures.budgetTotal()),
				amounts(figures.budgetByAxis(), Messages.SummaryBar_noAxis),
				amounts(figures.budgetByFundingSource(), Messages.SummaryBar_noSource) }));
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
		count.getParent().layout(true);
		count.getParent().getParent().layout(true);
	}
}
