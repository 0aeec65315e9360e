// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DoubleClickEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.ui.Debouncer;
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
 * The Acciones part: the actions of the first plan that match the current {@link ActionFilter}. The selected
 * actions become the part's selection (for the properties view); a double-click shows the action in the
 * explorer.
 */
public final class ActionsPart {


	private Debouncer refresher;
	private final Consumer<ActionFilter> filterListener = filter -> refresh();
	private ModelSessionListener listener;


	private Display display;
	private ModelSession session;
	private ActionListFilterHolder filters;
	private Label heading;
	private TableViewer viewer;
	private LocalDate today = ModelClock.today(null);

	@PostConstruct
	public void create(Composite parent, ModelSession session, ActionListFilterHolder filters,
			ESelectionService selectionService) {
		this.session = session;
		this.filters = filters;
		display = parent.getDisplay();
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		heading = WidgetIds.tag(new Label(body, SWT.NONE), "actions.filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		viewer = new TableViewer(body, SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = WidgetIds.tag(viewer.getTable(), "actions.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ActionColumns.addTo(viewer, () -> today);
		viewer.addSelectionChangedListener(event -> selectionService.setSelection(event.getSelection()));
		viewer.addDoubleClickListener(this::open);
		refresher = new Debouncer(display, Debouncer.EDIT_QUIET_MILLIS, this::refresh);
		listener = Debouncer.refreshing(refresher);
		session.addListener(listener);
		filters.addListener(filterListener);
		refresh();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		filters.removeListener(filterListener);
		refresher.cancel();
	}

	private void open(DoubleClickEvent event) {
		if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Action action) {
			session.showElement(action);
		}
	}

	private void refresh() {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		ActionFilter filter = filters.current();
		OpenModel model = session.current();
		today = ModelClock.today(model == null ? null : model.workspace());
		ActionPlan plan = model == null || model.workspace().getPlans().isEmpty() ? null
				: model.workspace().getPlans().get(0);
		List<Action> actions = plan == null ? List.of()
				: plan.getActions().stream().filter(filter.predicate(today)).toList();
		viewer.setInput(actions);
		heading.setText(headingText(model, plan, filter, actions.size()));
	}

	private static String headingText(OpenModel model, ActionPlan plan, ActionFilter filter, int count) {
		if (model == null) {
			return Messages.ActionsPart_noModel;
		}
		if (plan == null) {
			return Messages.ActionsPart_noPlan;
		}
		return count == 1 ? NLS.bind(Messages.ActionsPart_oneAction, Labels.describe(filter))
				: NLS.bind(Messages.ActionsPart_actions, Labels.describe(filter), Integer.toString(count));
	}
}
