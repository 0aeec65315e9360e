// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.ui.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Office;
import hn.siempleo.model.text.Labels;
import hn.siempleo.store.pg.ServerAddress;
import hn.siempleo.store.pg.SharedPlans;
import hn.siempleo.ui.WidgetIds;

/**
 * Archivo &gt; Cambios por oficina y período…: the change log of the open shared plan filtered by office and
 * dates (the same query as {@code ./siempleo store changes}), with who, when, element, field, before and after,
 * and how many changes each office made.
 */
final class ChangesDialog extends Dialog {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"); //$NON-NLS-1$
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy"); //$NON-NLS-1$

	private final SharedPlans plans;
	private final OpenModel model;
	private final List<String> officeCodes = new ArrayList<>();
	private Combo office;
	private Text from;
	private Text to;
	private Table table;
	private Label counts;

	ChangesDialog(Shell parent, SharedPlans plans, OpenModel model) {
		super(parent);
		this.plans = plans;
		this.model = model;
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Changes_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite filters = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(7).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		new Label(filters, SWT.NONE).setText(Messages.Changes_office);
		office = WidgetIds.tag(new Combo(filters, SWT.READ_ONLY), "changes.office"); //$NON-NLS-1$
		office.add(Messages.Changes_allOffices);
		officeCodes.add(null);
		office.add(Messages.Changes_central);
		officeCodes.add("central"); //$NON-NLS-1$
		for (Office o : model.workspace().getOffices()) {
			office.add(o.getCode() + " · " + o.getName()); //$NON-NLS-1$
			officeCodes.add(o.getCode());
		}
		office.select(0);
		new Label(filters, SWT.NONE).setText(Messages.Changes_from);
		from = WidgetIds.tag(new Text(filters, SWT.BORDER), "changes.from"); //$NON-NLS-1$
		from.setMessage(Messages.Changes_dateHint);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(from);
		new Label(filters, SWT.NONE).setText(Messages.Changes_to);
		to = WidgetIds.tag(new Text(filters, SWT.BORDER), "changes.to"); //$NON-NLS-1$
		to.setMessage(Messages.Changes_dateHint);
		GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(to);
		Button query = WidgetIds.tag(new Button(filters, SWT.PUSH), "changes.query"); //$NON-NLS-1$
		query.setText(Messages.Changes_query);
		query.addListener(SWT.Selection, e -> query());

		table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL), "changes.table"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(900, 360).applyTo(table);
		for (String title : new String[] { Messages.History_when, Messages.History_who, Messages.History_office,
				Messages.Changes_element, Messages.History_field, Messages.History_before, Messages.History_after }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(125);
		}
		counts = WidgetIds.tag(new Label(area, SWT.WRAP), "changes.counts"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(900, SWT.DEFAULT).applyTo(counts);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.Changes_close, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** Reads the change log with the filters shown and fills the table and the counts per office. */
	private void query() {
		OffsetDateTime start;
		OffsetDateTime end;
		try {
			start = day(from.getText(), 0);
			end = day(to.getText(), 1);
		} catch (DateTimeParseException e) {
			counts.setText(Messages.Changes_badDate);
			return;
		}
		String code = officeCodes.get(Math.max(0, office.getSelectionIndex()));
		ServerAddress server = ServerAddress.ofPlan(model.location());
		String planName = ServerAddress.planName(model.location());
		BusyIndicator.showWhile(table.getDisplay(), () -> {
			try {
				fill(plans.changes(server, planName, code, start, end));
			} catch (ModelStoreException e) {
				table.removeAll();
				counts.setText(e.getMessage());
			}
		});
	}

	private void fill(List<SharedPlans.Change> changes) {
		table.removeAll();
		Map<String, Integer> perOffice = new TreeMap<>();
		for (int i = changes.size() - 1; i >= 0; i--) {
			SharedPlans.Change change = changes.get(i);
			EObject element = model.resource().getEObject(change.objectId());
			String officeCode = change.officeCode() == null ? Messages.Changes_noOffice : change.officeCode();
			perOffice.merge(officeCode, 1, Integer::sum);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { change.at().atZoneSameInstant(ZoneId.systemDefault()).format(WHEN), change.who(),
					officeCode, element == null ? change.className() + " " + change.objectId() : Labels.describe(element), //$NON-NLS-1$
					element == null ? change.feature() : HistoryView.field(element, change.feature()),
					HistoryView.value(element, change.feature(), change.oldValue()),
					HistoryView.value(element, change.feature(), change.newValue()) });
		}
		List<String> parts = new ArrayList<>();
		perOffice.forEach((code, n) -> parts.add(code + ": " + n)); //$NON-NLS-1$
		counts.setText(NLS.bind(Messages.Changes_counts, changes.size(), parts.isEmpty() ? "—" : String.join(", ", parts))); //$NON-NLS-1$ //$NON-NLS-2$
		counts.getParent().layout(true, true);
	}

	/** A day typed as dd/mm/aaaa (or aaaa-mm-dd), as the start of that day plus some days; empty for no bound. */
	private static OffsetDateTime day(String text, int plusDays) {
		String t = text.trim();
		if (t.isEmpty()) {
			return null;
		}
		LocalDate date = t.contains("/") ? LocalDate.parse(t, DAY) : LocalDate.parse(t); //$NON-NLS-1$
		return date.plusDays(plusDays).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
	}
}
