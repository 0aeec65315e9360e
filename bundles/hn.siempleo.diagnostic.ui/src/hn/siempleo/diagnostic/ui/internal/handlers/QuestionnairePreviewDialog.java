// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.diagnostic.QuestionnaireColumn;
import hn.siempleo.diagnostic.QuestionnairePreview;
import hn.siempleo.diagnostic.QuestionnaireRow;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.ui.WidgetIds;

/** What importing a questionnaire would do: one line per row with its changes or errors; Aplicar applies the valid rows. */
final class QuestionnairePreviewDialog extends TitleAreaDialog {

	private final QuestionnairePreview preview;
	private final String fileName;

	QuestionnairePreviewDialog(Shell shell, QuestionnairePreview preview, String fileName) {
		super(shell);
		this.preview = preview;
		this.fileName = fileName;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.PreviewDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.PreviewDialog_heading, fileName, preview.diagnostic().getCode()));
		setMessage(NLS.bind(Messages.PreviewDialog_summary, preview.applicableRows().size(), preview.rejectedCount()));
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), "preview.rows"); //$NON-NLS-1$
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : new String[] { Messages.PreviewDialog_row, Messages.PreviewDialog_code,
				Messages.PreviewDialog_result }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title == Messages.PreviewDialog_result ? 520 : 70);
		}
		for (QuestionnaireRow row : preview.rows()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(row.row()), row.code(), result(row) });
			if (!row.errors().isEmpty()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(700, 320).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.PreviewDialog_apply, true)
				.setEnabled(!preview.applicableRows().isEmpty());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	private static String result(QuestionnaireRow row) {
		if (!row.errors().isEmpty()) {
			return row.errors().stream().map(RowError::reason).collect(Collectors.joining(" ")); //$NON-NLS-1$
		}
		if (row.changedColumns().isEmpty()) {
			return Messages.PreviewDialog_unchanged;
		}
		return NLS.bind(Messages.PreviewDialog_changes,
				row.changedColumns().stream().map(QuestionnaireColumn::header).collect(Collectors.joining(", "))); //$NON-NLS-1$
	}
}
