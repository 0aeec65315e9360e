// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlan;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.ui.ModelSession;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Historial: every recorded change of the selected element of a shared plan (when, who, office, field, before,
 * after), and whether this user may change the element, and why not.
 */
public final class HistoryView {

	private static final String ACTIVE_SELECTION = "org.eclipse.ui.selection"; //$NON-NLS-1$
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"); //$NON-NLS-1$

	private final ModelSession session;
	private final SharedPlans plans;
	private Label rights;
	private Table table;
	private EObject requested;

	/** @param session the workbench's model session, @param plans the shared store */
	@Inject
	public HistoryView(ModelSession session, SharedPlans plans) {
		this.session = session;
		this.plans = plans;
	}

	/** Builds the view; the selection arrives by injection. */
	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		rights = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rights);
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (String title : new String[] { Messages.History_when, Messages.History_who, Messages.History_office,
				Messages.History_field, Messages.History_before, Messages.History_after }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(130);
		}
		show(requested);
	}

	/** The workbench's selection: an element of the open model is shown, anything else is ignored. */
	@Inject
	public void selectionChanged(@Optional @Named(ACTIVE_SELECTION) Object selection) {
		Object first = selection instanceof IStructuredSelection s ? s.getFirstElement() : selection;
		EObject element = Adapters.adapt(first, EObject.class);
		if (element == null) {
			return;
		}
		requested = element;
		if (table != null && !table.isDisposed()) {
			show(element);
		}
	}

	private void show(EObject element) {
		table.removeAll();
		OpenModel model = session.current();
		SharedPlan live = model == null ? null : plans.session(model);
		if (element == null || live == null || EcoreUtil.getID(element) == null) {
			rights.setText(Messages.History_notShared);
			return;
		}
		String why = live.whyReadOnly(element);
		rights.setText(why == null ? Messages.History_writable : why);
		String id = EcoreUtil.getID(element);
		ServerAddress server = ServerAddress.ofPlan(model.location());
		Job job = Job.create(NLS.bind(Messages.History_job, id), monitor -> {
			try {
				List<SharedPlans.Change> changes = plans.history(server, id);
				table.getDisplay().asyncExec(() -> fill(id, changes));
			} catch (ModelStoreException e) {
				table.getDisplay().asyncExec(() -> rights.setText(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void fill(String id, List<SharedPlans.Change> changes) {
		if (table.isDisposed() || requested == null || !id.equals(EcoreUtil.getID(requested))) {
			return;
		}
		table.removeAll();
		for (int i = changes.size() - 1; i >= 0; i--) {
			SharedPlans.Change change = changes.get(i);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { change.at().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN), change.who(),
					change.officeCode() == null ? "" : change.officeCode(), change.feature(), //$NON-NLS-1$
					change.oldValue() == null ? "" : change.oldValue(), change.newValue() == null ? "" : change.newValue() }); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}
}
