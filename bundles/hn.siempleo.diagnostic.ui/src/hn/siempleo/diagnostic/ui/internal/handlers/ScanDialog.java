// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.diagnostic.ScanSpec;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.ui.WidgetIds;

/**
 * Nuevo diagnóstico (national, optionally with one scan per office, or of one office) and Nuevo seguimiento (of a
 * baseline): code, name and date, the code checked to be new.
 */
final class ScanDialog extends TitleAreaDialog {

	private final Workspace workspace;
	private final Diagnostic baseline;
	private final LocalDate today;
	private final Set<String> usedCodes;
	private Text code;
	private Text name;
	private DateTime date;
	private Button national;
	private Button withOffices;
	private Combo office;
	private ScanSpec result;

	/**
	 * @param baseline the diagnostic to follow up, or null for a new scan
	 */
	ScanDialog(Shell shell, Workspace workspace, Diagnostic baseline, LocalDate today) {
		super(shell);
		this.workspace = workspace;
		this.baseline = baseline;
		this.today = today;
		usedCodes = Labels.allDiagnostics(workspace).stream().map(Diagnostic::getCode).filter(c -> c != null)
				.map(String::strip).collect(Collectors.toSet());
	}

	/** What the planner asked for (for a follow-up, scope and office are the baseline's). */
	ScanSpec result() {
		return result;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(baseline == null ? Messages.ScanDialog_newTitle : Messages.ScanDialog_followUpTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(baseline == null ? Messages.ScanDialog_newTitle
				: NLS.bind(Messages.ScanDialog_followUpHeading, Labels.diagnostic(baseline)));
		setMessage(baseline == null ? Messages.ScanDialog_newMessage : Messages.ScanDialog_followUpMessage);
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		label(form, Messages.ScanDialog_code);
		code = WidgetIds.tag(new Text(form, SWT.BORDER), "scan.code"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(code);
		label(form, Messages.ScanDialog_name);
		name = WidgetIds.tag(new Text(form, SWT.BORDER), "scan.name"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(name);
		label(form, Messages.ScanDialog_date);
		date = WidgetIds.tag(new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER), "scan.date"); //$NON-NLS-1$
		date.setDate(today.getYear(), today.getMonthValue() - 1, today.getDayOfMonth());
		if (baseline == null) {
			scope(form);
		}
		code.setText(suggestedCode());
		name.setText(baseline == null ? NLS.bind(Messages.ScanDialog_defaultName, today.getYear())
				: NLS.bind(Messages.ScanDialog_defaultFollowUpName, baseline.getName(), today.getYear()));
		code.addListener(SWT.Modify, event -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID,
				baseline == null ? Messages.ScanDialog_create : Messages.ScanDialog_createFollowUp, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		validate();
	}

	@Override
	protected void okPressed() {
		LocalDate day = LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
		boolean isNational = baseline != null || national.getSelection();
		Office chosen = isNational || office.getSelectionIndex() < 0 ? null
				: workspace.getOffices().get(office.getSelectionIndex());
		result = new ScanSpec(code.getText().strip(), name.getText().strip(), day,
				isNational ? DiagnosticScope.NATIONAL : DiagnosticScope.OFFICE, chosen,
				baseline == null && isNational && withOffices.getSelection());
		super.okPressed();
	}

	private void scope(Composite form) {
		label(form, Messages.ScanDialog_scope);
		Composite scope = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(scope);
		national = WidgetIds.tag(new Button(scope, SWT.RADIO), "scan.national"); //$NON-NLS-1$
		national.setText(Messages.ScanDialog_national);
		national.setSelection(true);
		withOffices = WidgetIds.tag(new Button(scope, SWT.CHECK), "scan.withOffices"); //$NON-NLS-1$
		withOffices.setText(Messages.ScanDialog_withOffices);
		withOffices.setSelection(true);
		Button ofOffice = WidgetIds.tag(new Button(scope, SWT.RADIO), "scan.ofOffice"); //$NON-NLS-1$
		ofOffice.setText(Messages.ScanDialog_office);
		office = WidgetIds.tag(new Combo(scope, SWT.READ_ONLY | SWT.DROP_DOWN), "scan.office"); //$NON-NLS-1$
		List<Office> offices = workspace.getOffices();
		offices.forEach(o -> office.add(o.getCode() + " " + o.getName())); //$NON-NLS-1$
		if (!offices.isEmpty()) {
			office.select(0);
		}
		office.setEnabled(false);
		national.addListener(SWT.Selection, event -> {
			office.setEnabled(!national.getSelection());
			withOffices.setEnabled(national.getSelection());
			code.setText(suggestedCode());
			validate();
		});
		office.addListener(SWT.Selection, event -> code.setText(suggestedCode()));
	}

	private String suggestedCode() {
		String suffix = baseline != null ? (baseline.getScope() == DiagnosticScope.OFFICE && baseline.getOffice() != null
				? baseline.getOffice().getCode() : "NAC") //$NON-NLS-1$
				: national == null || national.getSelection() || office.getSelectionIndex() < 0 ? "NAC" //$NON-NLS-1$
						: workspace.getOffices().get(office.getSelectionIndex()).getCode();
		String base = "DX-" + today.getYear() + "-" + suffix; //$NON-NLS-1$ //$NON-NLS-2$
		String candidate = base;
		for (int n = 2; usedCodes.contains(candidate); n++) {
			candidate = base + "-" + n; //$NON-NLS-1$
		}
		return candidate;
	}

	private void validate() {
		String typed = code.getText().strip();
		String error = baseline == null && !hasCriteria() ? Messages.ScanDialog_noCriteria
				: typed.isEmpty() ? Messages.ScanDialog_codeMissing
						: usedCodes.contains(typed) ? NLS.bind(Messages.ScanDialog_codeUsed, typed) : null;
		setErrorMessage(error);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(error == null);
		}
	}

	/** Whether the catalogue has a criterion to assess: without one a new scan would be empty. */
	private boolean hasCriteria() {
		return workspace.getDimensions().stream().anyMatch(dimension -> !dimension.getCriteria().isEmpty());
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}
}
