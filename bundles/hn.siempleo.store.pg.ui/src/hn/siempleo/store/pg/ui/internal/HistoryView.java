// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.ArrayList;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.model.ProgressReport;
import hn.siempleo.ui.handlers.Shells;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.text.Labels;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlan;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Historial: every recorded change of the selected element of a shared plan (when, who, office, field, before,
 * after), whether this user may change the element, and why not; for a progress report, who approved its current
 * version and when, with *Aprobar* for central roles.
 */
public final class HistoryView {

	private static final String ACTIVE_SELECTION = "org.eclipse.ui.selection"; //$NON-NLS-1$
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"); //$NON-NLS-1$

	private final ModelSession session;
	private final SharedPlans plans;
	private Label rights;
	private Button approvalRequired;
	private Composite approvalRow;
	private Label approval;
	private Button approve;
	private Table table;
	private EObject requested;

	/** @param session the workbench's model session, @param plans the shared store */
	@Inject
	public HistoryView(ModelSession session, SharedPlans plans) {
		this.session = session;
		this.plans = plans;
	}

	private final ModelSessionListener sessionListener = new ModelSessionListener() {
		@Override
		public void elementShown(EObject element) {
			requested = element;
			if (table != null && !table.isDisposed()) {
				show(element);
			}
		}

		@Override
		public void modelReplaced(OpenModel model) {
			requested = null;
			if (table != null && !table.isDisposed()) {
				show(null);
			}
		}
	};

	/** Stops following the model session. */
	@PreDestroy
	public void dispose() {
		session.removeListener(sessionListener);
	}

	/** Builds the view; the selection arrives by injection, and elements others ask to show through the session. */
	@PostConstruct
	public void create(Composite parent) {
		session.addListener(sessionListener);
		parent.setLayout(new GridLayout(1, false));
		rights = WidgetIds.tag(new Label(parent, SWT.WRAP), "history.rights"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(rights);
		approvalRequired = WidgetIds.tag(new Button(parent, SWT.CHECK | SWT.WRAP), "history.approvalRequired"); //$NON-NLS-1$
		approvalRequired.setText(Messages.History_approvalRequired);
		// width hints: long texts wrap in a narrow view instead of squeezing the approval line away
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).exclude(true).applyTo(approvalRequired);
		approvalRequired.setVisible(false);
		approvalRequired.addListener(SWT.Selection, e -> switchApprovalRequired(approvalRequired.getSelection()));
		approvalRow = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(approvalRow);
		GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(approvalRow);
		approvalRow.setVisible(false);
		approval = WidgetIds.tag(new Label(approvalRow, SWT.WRAP), "history.approval"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(150, SWT.DEFAULT).applyTo(approval);
		approve = WidgetIds.tag(new Button(approvalRow, SWT.PUSH), "history.approve"); //$NON-NLS-1$
		approve.setText(Messages.History_approve);
		approve.addListener(SWT.Selection, e -> approveShown());
		table = WidgetIds.tag(new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), "history.table"); //$NON-NLS-1$
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
			showApprovalRow(false);
			showApprovalRequired(false, false);
			return;
		}
		String why = live.whyReadOnly(element);
		rights.setText(why == null ? Messages.History_writable : why);
		String id = EcoreUtil.getID(element);
		ServerAddress server = ServerAddress.ofPlan(model.location());
		boolean report = element instanceof ProgressReport;
		showApprovalRow(report);
		boolean central = live.isCentral();
		showApprovalRequired(true, central);
		String planName = ServerAddress.planName(model.location());
		Job job = Job.create(NLS.bind(Messages.History_job, id), monitor -> {
			try {
				List<SharedPlans.Change> changes = plans.history(server, id);
				boolean required = plans.approvalRequired(server, planName);
				SharedPlans.Approval approved = report ? plans.approval(server, id) : null;
				table.getDisplay().asyncExec(() -> {
					if (!approvalRequired.isDisposed()) {
						approvalRequired.setSelection(required);
					}
					fill(id, changes);
					if (report) {
						fillApproval(id, approved, central, required);
					}
				});
			} catch (ModelStoreException e) {
				table.getDisplay().asyncExec(() -> rights.setText(e.getMessage()));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** The user's name of a changed field ("Persona responsable"); markers such as "(creado)" as they are. */
	static String field(EObject element, String name) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		return feature == null ? name : Labels.feature(feature);
	}

	/**
	 * A value of the change log (JSON as stored) as the user reads it: texts without quotes, referenced elements
	 * by their description, empty for none.
	 */
	static String value(EObject element, String name, String json) {
		if (json == null || "null".equals(json)) { //$NON-NLS-1$
			return ""; //$NON-NLS-1$
		}
		if (json.startsWith("{")) { //$NON-NLS-1$
			return summary(element, json);
		}
		String text = json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") //$NON-NLS-1$ //$NON-NLS-2$
				? json.substring(1, json.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\") : json; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (element == null) {
			return text;
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature(name);
		if (feature instanceof EReference && element.eResource() != null) {
			List<String> names = new ArrayList<>();
			for (String id : text.replaceAll("[\\[\\]\" ]", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				EObject target = id.isEmpty() ? null : element.eResource().getEObject(id);
				if (!id.isEmpty()) {
					names.add(target == null ? id : Labels.describe(target));
				}
			}
			return String.join(", ", names); //$NON-NLS-1$
		}
		return text;
	}

	private static final Pattern MEMBER = Pattern.compile("\"(code|name|title|container)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\""); //$NON-NLS-1$

	/**
	 * A whole object of the change log (a creation: its container and values; a move: its container) as the user
	 * reads it: the element's description when it is in the open plan, else its code and name, and where it is.
	 */
	static String summary(EObject element, String json) {
		String code = null;
		String name = null;
		String container = null;
		Matcher m = MEMBER.matcher(json);
		while (m.find()) {
			String v = m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			switch (m.group(1)) {
			case "code" -> code = code == null ? v : code; //$NON-NLS-1$
			case "container" -> container = container == null ? v : container; //$NON-NLS-1$
			default -> name = name == null ? v : name;
			}
		}
		String what = element != null && element.eContainer() != null ? Labels.describe(element)
				: code != null && name != null ? code + " " + name //$NON-NLS-1$
				: code != null ? code : name != null ? name : ""; //$NON-NLS-1$
		EObject where = container == null || element == null || element.eResource() == null ? null
				: element.eResource().getEObject(container);
		return where == null ? what : what.isEmpty() ? NLS.bind(Messages.History_in, "", Labels.describe(where)).strip() //$NON-NLS-1$
				: NLS.bind(Messages.History_in, what, Labels.describe(where));
	}

	private void showApprovalRow(boolean shown) {
		if (approvalRow.getVisible() != shown) {
			Layouts.shown(approvalRow, shown);
			approvalRow.getParent().layout(true, true);
		}
		if (shown) {
			approval.setText(""); //$NON-NLS-1$
			approve.setEnabled(false);
		}
	}

	/** A progress report: who approved its current version and when, or that a central role may approve it. */
	private void fillApproval(String id, SharedPlans.Approval approved, boolean central, boolean required) {
		if (approval.isDisposed() || requested == null || !id.equals(EcoreUtil.getID(requested))) {
			return;
		}
		approval.setText(approved == null ? (required ? Messages.History_pending : Messages.History_notApproved)
				: NLS.bind(Messages.History_approved, approved.by(),
						approved.at().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN)));
		approve.setEnabled(approved == null && central);
		approve.setToolTipText(central ? null : Messages.History_approveCentralOnly);
		approvalRow.getParent().layout(true, true);
	}

	/** The plan-level switch: shown for every element of a shared plan, changeable by central roles only. */
	private void showApprovalRequired(boolean shown, boolean central) {
		if (approvalRequired.getVisible() != shown) {
			Layouts.shown(approvalRequired, shown);
			approvalRequired.getParent().layout(true, true);
		}
		approvalRequired.setEnabled(shown && central);
		approvalRequired.setToolTipText(central ? null : Messages.History_approvalRequiredCentralOnly);
	}

	/**
	 * Exigir aprobación: switches the plan's approval of progress reports on the server (central roles only; the
	 * server refuses others), then shows the element again; on failure the box goes back.
	 */
	private void switchApprovalRequired(boolean required) {
		OpenModel model = session.current();
		if (model == null || plans.session(model) == null) {
			return;
		}
		ServerAddress server = ServerAddress.ofPlan(model.location());
		String planName = ServerAddress.planName(model.location());
		EObject element = requested;
		approvalRequired.setEnabled(false);
		Job job = Job.create(NLS.bind(Messages.History_approvalRequiredJob, planName), monitor -> {
			ModelStoreException failure = null;
			try {
				plans.setApprovalRequired(server, planName, required);
			} catch (ModelStoreException e) {
				failure = e;
			}
			ModelStoreException failed = failure;
			table.getDisplay().asyncExec(() -> {
				if (table.isDisposed()) {
					return;
				}
				if (failed != null) {
					approvalRequired.setSelection(!required);
					MessageDialog.openError(Shells.parent(), Messages.History_approvalRequiredFailed, failed.getMessage());
				}
				show(requested == null ? element : requested);
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Aprobar: approves the shown progress report's current version on the server, then shows it again. */
	private void approveShown() {
		EObject element = requested;
		OpenModel model = session.current();
		if (element == null || model == null) {
			return;
		}
		String id = EcoreUtil.getID(element);
		ServerAddress server = ServerAddress.ofPlan(model.location());
		approve.setEnabled(false);
		Job job = Job.create(NLS.bind(Messages.History_job, id), monitor -> {
			try {
				plans.approve(server, id);
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed() && requested == element) {
						show(element);
					}
				});
			} catch (ModelStoreException e) {
				table.getDisplay().asyncExec(() -> MessageDialog.openError(Shells.parent(), Messages.History_approveFailed,
						e.getMessage()));
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
					change.officeCode() == null ? "" : change.officeCode(), field(requested, change.feature()), //$NON-NLS-1$
					value(requested, change.feature(), change.oldValue()), value(requested, change.feature(), change.newValue()) });
		}
	}
}
