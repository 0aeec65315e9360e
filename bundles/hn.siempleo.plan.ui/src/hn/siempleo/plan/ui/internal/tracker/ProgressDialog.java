// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.ReviewState;
import hn.siempleo.model.Action;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.plan.io.shared.TypedValues;
import hn.siempleo.ui.TextColumns;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.logic.ModelClock;

/**
 * The progress reports of one action: its history, newest first, and a form to record a new report (date,
 * percentage, note). "Registrar" executes one undoable command and the history shows it at once. In a shared plan
 * whose reports are reviewed, a column says which wait for a central role's approval and who approved the others.
 */
final class ProgressDialog extends Dialog {

	private final Action action;
	private final EditingDomain domain;
	private TableViewer history;
	private Text date;
	private Spinner percent;
	private Text note;
	private Label problem;

	/** The review states of reports (e.g. pending approval in a shared plan); none for a file. */
	interface ReviewStates {
		Map<EObject, ReviewState> of(Collection<? extends EObject> reports) throws ModelStoreException;
	}

	private final ReviewStates reviews;
	private Map<EObject, ReviewState> states = Map.of();

	ProgressDialog(Shell parent, Action action, EditingDomain domain, ReviewStates reviews) {
		super(parent);
		this.action = action;
		this.domain = domain;
		this.reviews = reviews;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.ProgressDialog_title, action.getCode()));
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		Label heading = new Label(area, SWT.WRAP);
		heading.setText(NLS.bind(Messages.ProgressDialog_heading, action.getCode(), action.getTitle()));
		GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(heading);
		history = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		WidgetIds.tag(history.getTable(), "progress.history");
		history.getTable().setHeaderVisible(true);
		TextColumns.add(history, ProgressReport.class, Messages.ProgressDialog_date, 100, r -> ActionLabels.text(r.getDate()));
		TextColumns.add(history, ProgressReport.class, Messages.ProgressDialog_percent, 80, r -> r.getProgress() + " %");
		TextColumns.add(history, ProgressReport.class, Messages.ProgressDialog_note, 320, r -> r.getNote() == null ? "" : r.getNote());
		readStates();
		if (!states.isEmpty()) { // a shared plan whose reports are reviewed: pending or who approved them
			TextColumns.add(history, ProgressReport.class, Messages.ProgressDialog_review, 200, r -> {
				ReviewState state = states.get(r);
				return state == null ? "" : state.text(); //$NON-NLS-1$
			});
		}
		history.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(states.isEmpty() ? 520 : 720, 160)
				.applyTo(history.getTable());
		new Label(area, SWT.NONE).setText(Messages.ProgressDialog_date);
		date = WidgetIds.tag(new Text(area, SWT.BORDER), "progress.date");
		date.setText(ActionLabels.text(ModelClock.today(action)));
		new Label(area, SWT.NONE).setText(Messages.ProgressDialog_percent);
		percent = WidgetIds.tag(new Spinner(area, SWT.BORDER), "progress.percent");
		percent.setValues(action.getProgress(), 0, 100, 0, 5, 10);
		new Label(area, SWT.NONE).setText(Messages.ProgressDialog_note);
		note = WidgetIds.tag(new Text(area, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), "progress.note");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(note);
		problem = WidgetIds.tag(new Label(area, SWT.WRAP), "progress.problem");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
		refreshHistory();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button record = createButton(parent, IDialogConstants.PROCEED_ID, Messages.ProgressDialog_record, true);
		WidgetIds.tag(record, "progress.record");
		createButton(parent, IDialogConstants.CLOSE_ID, Messages.ProgressDialog_close, false);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.PROCEED_ID) {
			record();
		} else {
			setReturnCode(buttonId);
			close();
		}
	}

	private void record() {
		LocalDate day;
		try {
			day = TypedValues.date(date.getText());
		} catch (IllegalArgumentException e) {
			day = null;
		}
		if (day == null) {
			problem.setText(NLS.bind(Messages.ProgressDialog_badDate, date.getText()));
			return;
		}
		problem.setText("");
		domain.getCommandStack().execute(ProgressCommands.report(domain, action, day, percent.getSelection(), note.getText()));
		note.setText("");
		readStates();
		refreshHistory();
	}

	private void readStates() {
		try {
			states = reviews.of(action.getProgressReports());
		} catch (ModelStoreException e) {
			states = Map.of();
			if (problem != null) {
				problem.setText(NLS.bind(Messages.ProgressDialog_reviewUnreadable, e.getMessage()));
			}
		}
	}

	private void refreshHistory() {
		List<ProgressReport> reports = action.getProgressReports().stream()
				.sorted(Comparator.comparing(ProgressReport::getDate, Comparator.nullsLast(Comparator.reverseOrder())))
				.toList();
		history.setInput(reports);
	}

}
