// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.nebula.widgets.nattable.ui.matcher.KeyEventMatcher;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.ReviewState;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.ui.internal.grid.ActionGrid;
import hn.siempleo.plan.ui.internal.grid.ActionRow;
import hn.siempleo.plan.ui.internal.grid.GridContext;
import hn.siempleo.plan.ui.internal.grid.TrackerRow;
import hn.siempleo.plan.ui.internal.grid.TrackerRows;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.logic.ActionFilter;
import hn.siempleo.ui.ActionListFilterHolder;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.model.text.Labels;

/**
 * Seguimiento del plan: the actions of the open model's first plan in a NatTable grid, with a tool bar
 * (search, "lo que falta por definir", grouping, columns, progress, Excel) above and a summary bar below.
 * It follows the model session, applies the filter the Inicio dashboard asks for, and publishes the selected
 * actions as the window's selection.
 */
public final class TrackerPart implements GridContext {

	private final ModelSessionListener sessionListener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			showModel();
		}

		@Override
		public void modelEdited(OpenModel model) {
			scheduleRefresh();
		}

		@Override
		public void elementShown(EObject element) {
			if (element instanceof Action action) {
				reveal(action);
			}
		}
	};
	private final Consumer<ActionFilter> filterListener = this::applyDashboardFilter;

	private ModelSession session;
	private ActionListFilterHolder dashboardFilters;
	private Display display;
	private TrackerRows rows;
	private ActionGrid grid;
	private TrackerToolbar toolbar;
	private SummaryBar summary;
	private Label readOnlyLine;
	private ModelService models;
	private LocalDate today = ModelClock.today(null);
	private boolean refreshPending;
	/** What the summary and the count of incomplete actions were last computed for (see {@link #rowsShown}). */
	private int summaryVersion = -1;
	private int incompleteVersion = -1;

	@PostConstruct
	public void create(Composite parent, ModelSession modelSession, ActionListFilterHolder filters,
			ESelectionService selectionService, ModelService modelService) {
		session = modelSession;
		models = modelService;
		dashboardFilters = filters;
		display = parent.getDisplay();
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(body);
		rows = new TrackerRows(() -> today);
		toolbar = new TrackerToolbar(body, this);
		grid = new ActionGrid(body, rows, this, this::rowsShown);
		WidgetIds.tag(grid.natTable(), "tracker.grid");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(grid.natTable());
		summary = new SummaryBar(body);
		readOnlyLine = WidgetIds.tag(new Label(body, SWT.WRAP), "tracker.readOnly");
		readOnlyLine.setForeground(display.getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(readOnlyLine);
		readOnlyLine.setVisible(false);
		grid.selectionProvider().addSelectionChangedListener(event -> {
			StructuredSelection actions = new StructuredSelection(selectedActions());
			selectionService.setSelection(actions);
			selectionService.setPostSelection(actions);
			// «Registrar avance» only for an action the user may change
			toolbar.selectionChanged((int) selectedActions().stream().filter(a -> whyReadOnly(a) == null).count());
			showReadOnly();
		});
		TrackerMenu.attach(grid.natTable(), this);
		grid.natTable().getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.INSERT),
				(table, event) -> newAction());
		grid.natTable().getUiBindingRegistry().registerKeyBinding(new KeyEventMatcher(SWT.NONE, SWT.DEL),
				(table, event) -> deleteSelected());
		session.addListener(sessionListener);
		dashboardFilters.addListener(filterListener);
		applyDashboardFilter(dashboardFilters.current());
		showModel();
	}

	@Focus
	public void setFocus() {
		grid.natTable().setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(sessionListener);
		dashboardFilters.removeListener(filterListener);
		rows.setPlan(null);
	}

	@Override
	public EditingDomain domain() {
		OpenModel model = session.current();
		return model == null ? null : model.editingDomain();
	}

	@Override
	public Workspace workspace() {
		OpenModel model = session.current();
		return model == null ? null : model.workspace();
	}

	@Override
	public LocalDate today() {
		return today;
	}

	@Override
	public String whyReadOnly(Action action) {
		OpenModel model = session.current();
		return model == null ? null : models.whyReadOnly(model, action);
	}

	/**
	 * The review states of these elements of the open model (progress reports waiting for approval in a shared
	 * plan), in the user's words; none for a file.
	 */
	public Map<EObject, ReviewState> reviewStates(Collection<? extends EObject> elements) throws ModelStoreException {
		OpenModel model = session.current();
		return model == null ? Map.of() : models.reviewStates(model, elements);
	}

	/** The line under the grid: why the selected actions may not be changed, when some may not. */
	private void showReadOnly() {
		String why = null;
		for (Action action : selectedActions()) {
			why = whyReadOnly(action);
			if (why != null) {
				break;
			}
		}
		String text = why == null ? "" : why; //$NON-NLS-1$
		if (text.equals(readOnlyLine.getText()) && readOnlyLine.getVisible() == (why != null)) {
			return;
		}
		readOnlyLine.setText(text);
		Layouts.shown(readOnlyLine, why != null);
		readOnlyLine.getParent().layout(true, true);
	}

	/** The shown actions, in the grid's order. */
	public List<Action> shownActions() {
		return rows.matchedActions();
	}

	/** The shown columns, left to right. */
	public List<ActionColumn> shownColumns() {
		return grid.visibleColumns();
	}

	/** The actions of the selected cells, without repetitions (group headings are not actions). */
	public List<Action> selectedActions() {
		if (!(grid.selectionProvider().getSelection() instanceof IStructuredSelection selection)) {
			return List.of();
		}
		return selection.toList().stream().filter(ActionRow.class::isInstance).map(row -> ((ActionRow) row).action()).distinct()
				.toList();
	}

	/**
	 * Selects the row of an action (after pending model changes are shown), so that another part can point at
	 * it; does nothing when the action is filtered out or not in the plan shown.
	 */
	public void reveal(Action action) {
		display.asyncExec(() -> {
			if (grid.natTable().isDisposed()) {
				return;
			}
			if (rows.refreshIfChanged()) {
				prepareInBackground();
			}
			afterRecompute();
			rows.visible().stream().filter(row -> row instanceof ActionRow a && a.action() == action).findFirst()
					.ifPresent(row -> grid.selectionProvider().setSelection(new StructuredSelection(row)));
		});
	}

	/**
	 * Adds an action to the plan shown (one undoable step), like the selected action when there is one, and selects
	 * its title; filters that would hide it are dropped.
	 */
	void newAction() {
		OpenModel model = session.current();
		ActionPlan plan = rows.plan();
		Shell shell = grid.natTable().getShell();
		if (model == null || plan == null) {
			MessageDialog.openInformation(shell, Messages.TrackerPart_newTitle, Messages.TrackerPart_noPlan);
			return;
		}
		String why = models.whyReadOnly(model, plan);
		if (why != null) {
			MessageDialog.openInformation(shell, Messages.TrackerPart_newTitle, why);
			return;
		}
		List<Action> selected = selectedActions();
		Command command = ActionCommands.create(model.editingDomain(), plan, selected.size() == 1 ? selected.get(0) : null);
		model.editingDomain().getCommandStack().execute(command);
		Action created = (Action) command.getResult().iterator().next();
		if (created.eContainer() != plan) {
			return;
		}
		if (rows.refreshIfChanged()) {
			prepareInBackground();
		}
		if (indexOf(created) < 0) {
			toolbar.clearFilters();
		}
		afterRecompute();
		int index = indexOf(created);
		if (index >= 0) {
			grid.show(index);
		}
		grid.natTable().setFocus();
	}

	/**
	 * Deletes the selected actions and the references to them (one undoable step); asks first when there are
	 * several, and says why when some may not be changed (a shared plan's actions of another office).
	 */
	void deleteSelected() {
		OpenModel model = session.current();
		List<Action> selected = selectedActions();
		if (model == null || selected.isEmpty()) {
			return;
		}
		Shell shell = grid.natTable().getShell();
		String why = selected.stream().map(this::whyReadOnly).filter(Objects::nonNull).findFirst().orElse(null);
		if (why != null) {
			MessageDialog.openInformation(shell, Messages.TrackerPart_deleteTitle, why);
			return;
		}
		if (selected.size() > 1 && !MessageDialog.openQuestion(shell, Messages.TrackerPart_deleteTitle,
				NLS.bind(Messages.TrackerPart_deleteMany, selected.size()))) {
			return;
		}
		model.editingDomain().getCommandStack().execute(ActionCommands.delete(model.editingDomain(), selected));
	}

	private int indexOf(Action action) {
		List<TrackerRow> visible = rows.visible();
		for (int i = 0; i < visible.size(); i++) {
			if (visible.get(i) instanceof ActionRow row && row.action() == action) {
				return i;
			}
		}
		return -1;
	}

	/** The plan shown, or null. */
	public ActionPlan plan() {
		return rows.plan();
	}

	TrackerRows rows() {
		return rows;
	}

	ActionGrid grid() {
		return grid;
	}

	/** Recomputes the shown rows after a filter, search or grouping change. */
	void rowsChanged() {
		rows.recompute();
		afterRecompute();
	}

	/** Drops the dashboard's filter (back to every action). */
	void clearDashboardFilter() {
		dashboardFilters.set(ActionFilter.all());
	}

	/** The plan the tracker shows: the open model's first. */
	private ActionPlan firstPlan() {
		OpenModel model = session.current();
		List<ActionPlan> plans = model == null ? List.of() : model.workspace().getPlans();
		return plans.isEmpty() ? null : plans.get(0);
	}

	private void showModel() {
		OpenModel model = session.current();
		today = ModelClock.today(model == null ? null : model.workspace());
		rows.setPlan(firstPlan());
		afterRecompute();
		prepareInBackground();
	}

	/** Fills the grid's caches in a job, so that the first sort or filter is as fast as the next ones. */
	private void prepareInBackground() {
		if (rows.plan() == null) {
			return;
		}
		TrackerRows.Preparation preparation = rows.preparation();
		Job job = Job.create(Messages.TrackerPart_preparing, monitor -> {
			preparation.run();
			display.asyncExec(() -> {
				if (!grid.natTable().isDisposed()) {
					rows.adopt(preparation);
				}
			});
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule();
	}

	private void applyDashboardFilter(ActionFilter filter) {
		boolean all = filter == null || filter.kind() == ActionFilter.Kind.ALL;
		rows.query().setExternal(all ? null : filter.predicate(today));
		toolbar.showDashboardFilter(all ? null : Labels.describe(filter));
		if (grid != null) {
			rowsChanged();
		}
	}

	private void scheduleRefresh() {
		if (refreshPending) {
			return;
		}
		refreshPending = true;
		display.asyncExec(() -> {
			refreshPending = false;
			if (!grid.natTable().isDisposed()) {
				if (firstPlan() != rows.plan()) {
					// a plan added to a model without one, or the plan shown deleted: show the first plan now
					showModel();
					return;
				}
				boolean emptied = rows.refreshIfChanged();
				afterRecompute();
				if (emptied) {
					prepareInBackground();
				}
			}
		});
	}

	private void afterRecompute() {
		grid.rowsChanged();
		grid.natTable().redraw();
		showReadOnly();
	}

	/**
	 * After the shown rows changed: the summary and the switch's count follow, each computed again only when
	 * what it counts may have changed (a new order or grouping changes neither; each goes over 100,000 actions).
	 */
	private void rowsShown() {
		if (rows.matchedVersion() != summaryVersion) {
			summaryVersion = rows.matchedVersion();
			summary.show(rows.plan(), rows.matchedActions(), rows.totalCount(), today);
		}
		if (rows.actionsVersion() != incompleteVersion) {
			incompleteVersion = rows.actionsVersion();
			toolbar.incompleteCount(rows);
		}
	}
}
