// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.layout.RowData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.logic.Definitions;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.internal.grid.GroupBy;
import hn.siempleo.plan.ui.internal.grid.TrackerRows;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.handlers.CommandFailures;
import hn.siempleo.ui.handlers.Shells;

/**
 * The tracker's tool bar: the search box, the "lo que falta por definir" switch, the grouping, the column
 * chooser, progress reports and Excel; below it, the filter the Inicio dashboard asked for, when there is
 * one, with a link that removes it.
 */
final class TrackerToolbar {

	private final TrackerPart part;
	private final Button incomplete;
	private final Button progress;
	private final Button delete;
	private final Text search;
	private final Composite dashboardRow;
	private final Label dashboardFilter;

	TrackerToolbar(Composite parent, TrackerPart part) {
		this.part = part;
		// a row that wraps: on a narrow part (a 1366x768 laptop) every control stays reachable on a second line
		Composite bar = WidgetIds.tag(new Composite(parent, SWT.NONE), "tracker.toolbar");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, SWT.DEFAULT).applyTo(bar);
		RowLayout rows = new RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.center = true;
		rows.marginLeft = rows.marginRight = rows.marginTop = rows.marginBottom = 0;
		bar.setLayout(rows);
		search = WidgetIds.tag(new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL), "tracker.search");
		search.setMessage(Messages.TrackerToolbar_search);
		search.setLayoutData(new RowData(220, SWT.DEFAULT));
		search.addModifyListener(event -> {
			part.rows().query().setSearch(search.getText());
			part.rowsChanged();
		});
		incomplete = WidgetIds.tag(new Button(bar, SWT.TOGGLE), "tracker.incomplete");
		incomplete.setText(Messages.TrackerToolbar_incomplete);
		incomplete.setToolTipText(Messages.TrackerToolbar_incompleteTip);
		incomplete.addListener(SWT.Selection, event -> {
			part.rows().query().setIncompleteOnly(incomplete.getSelection());
			part.rowsChanged();
		});
		new Label(bar, SWT.NONE).setText(Messages.TrackerToolbar_groupBy);
		Combo groupBy = WidgetIds.tag(new Combo(bar, SWT.READ_ONLY), "tracker.groupBy");
		for (GroupBy value : GroupBy.values()) {
			groupBy.add(value.label());
		}
		groupBy.select(0);
		groupBy.addListener(SWT.Selection, event -> {
			part.rows().setGroupBy(GroupBy.values()[groupBy.getSelectionIndex()]);
			part.rowsChanged();
		});
		button(bar, "tracker.columns", Messages.TrackerToolbar_columns, Messages.TrackerToolbar_columnsTip)
				.addListener(SWT.Selection, event -> part.grid().chooseColumns());
		Button clear = button(bar, "tracker.clear", Messages.TrackerToolbar_clear, Messages.TrackerToolbar_clearTip);
		clear.addListener(SWT.Selection, event -> clearFilters());
		Button create = button(bar, "tracker.new", Messages.TrackerToolbar_new, Messages.TrackerToolbar_newTip);
		create.addListener(SWT.Selection, event -> part.newAction());
		delete = button(bar, "tracker.delete", Messages.TrackerToolbar_delete, Messages.TrackerToolbar_deleteTip);
		delete.setEnabled(false);
		delete.addListener(SWT.Selection, event -> part.deleteSelected());
		progress = button(bar, "tracker.progress", Messages.TrackerToolbar_progress, Messages.TrackerToolbar_progressTip);
		progress.setEnabled(false);
		progress.addListener(SWT.Selection, event -> execute(PlanUiIds.COMMAND_PROGRESS));
		button(bar, "tracker.export", Messages.TrackerToolbar_export, Messages.TrackerToolbar_exportTip)
				.addListener(SWT.Selection, event -> execute(PlanUiIds.COMMAND_EXPORT));
		button(bar, "tracker.import", Messages.TrackerToolbar_import, Messages.TrackerToolbar_importTip)
				.addListener(SWT.Selection, event -> execute(PlanUiIds.COMMAND_IMPORT));

		dashboardRow = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(dashboardRow);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(dashboardRow);
		dashboardRow.setVisible(false);
		dashboardFilter = WidgetIds.tag(new Label(dashboardRow, SWT.NONE), "tracker.dashboardFilter");
		Link remove = WidgetIds.tag(new Link(dashboardRow, SWT.NONE), "tracker.dashboardFilter.remove");
		remove.setText(Messages.TrackerToolbar_removeDashboardFilter);
		remove.addListener(SWT.Selection, event -> part.clearDashboardFilter());
	}

	/** Shows the dashboard's filter, or hides the row when {@code description} is null. */
	void showDashboardFilter(String description) {
		boolean show = description != null;
		if (show) {
			dashboardFilter.setText(NLS.bind(Messages.TrackerToolbar_dashboardFilter, description));
		}
		Layouts.shown(dashboardRow, show);
		dashboardRow.getParent().layout(true, true);
	}

	/** Updates the switch's label with how many actions of the plan lack something. */
	void incompleteCount(TrackerRows rows) {
		ActionPlan plan = rows.plan();
		long count = plan == null ? 0 : plan.getActions().stream().filter(Definitions::isIncomplete).count();
		incomplete.setText(NLS.bind(Messages.TrackerToolbar_incompleteCount, count));
		incomplete.getParent().layout(true);
	}

	/** Enables what needs exactly one selected action, and what needs some. */
	void selectionChanged(int selectedActions) {
		progress.setEnabled(selectedActions == 1);
		delete.setEnabled(selectedActions > 0);
	}

	/** Shows every action of the plan: no search, no filter of a column, of Inicio or of what is missing. */
	void clearFilters() {
		search.setText(""); //$NON-NLS-1$
		incomplete.setSelection(false);
		part.rows().query().setIncompleteOnly(false);
		part.grid().clearColumnFilters();
		part.clearDashboardFilter();
		part.rowsChanged();
	}

	private static Button button(Composite bar, String id, String text, String tooltip) {
		Button button = WidgetIds.tag(new Button(bar, SWT.PUSH), id);
		button.setText(text);
		button.setToolTipText(tooltip);
		return button;
	}

	/** Runs a workbench command, as its menu item would; a failure is reported to the planner. */
	static void execute(String commandId) {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		try {
			handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), Map.of()), null);
		} catch (Exception e) {
			CommandFailures.report(Shells.parent(), commandId, e);
		}
	}
}
