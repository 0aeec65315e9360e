// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.referral.io.ReferralImportPreview;
import hn.siempleo.referral.io.ReferralImportRow;
import hn.siempleo.referral.io.RowProblem;
import hn.siempleo.ui.WidgetIds;

/** The preview of an import: how many rows apply, and every rejected row with its problems. */
final class ImportPreviewDialog extends Dialog {

	private final ReferralImportPreview preview;

	ImportPreviewDialog(Shell parent, ReferralImportPreview preview) {
		super(parent);
		this.preview = preview;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_previewTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label summary = WidgetIds.tag(new Label(area, SWT.WRAP), "import.summary");
		summary.setText(NLS.bind(Messages.Import_summary, preview.validRows().size(), preview.rejectedCount()));
		GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), "import.problems");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String header : new String[] { Messages.Import_row, Messages.Import_column, Messages.Import_problem }) {
			new TableColumn(table, SWT.NONE).setText(header);
		}
		for (ReferralImportRow row : preview.rows()) {
			for (RowProblem problem : row.problems()) {
				new TableItem(table, SWT.NONE).setText(
						new String[] { Integer.toString(problem.row()), problem.column(), problem.reason() });
			}
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 160).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.Import_apply);
		getButton(IDialogConstants.OK_ID).setEnabled(!preview.validRows().isEmpty());
	}
}
