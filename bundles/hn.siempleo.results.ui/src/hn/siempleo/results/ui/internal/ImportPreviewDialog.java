// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

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

import hn.siempleo.model.text.Formats;
import hn.siempleo.results.ResultsValidation;
import hn.siempleo.results.io.ImportRow;
import hn.siempleo.results.io.MeasurementImport;
import hn.siempleo.ui.WidgetIds;

/** What an import would change and which rows it refuses (with their row numbers), before anything changes. */
final class ImportPreviewDialog extends TitleAreaDialog {

	/** Widget id of the rows table. */
	static final String ROWS = "results.import.rows"; //$NON-NLS-1$

	private final String fileName;
	private final MeasurementImport preview;

	ImportPreviewDialog(Shell parent, String fileName, MeasurementImport preview) {
		super(parent);
		this.fileName = fileName;
		this.preview = preview;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Import_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.Import_heading, fileName));
		setMessage(NLS.bind(Messages.Import_summary, preview.changes().size(), preview.errors().size()));
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION), ROWS);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		String[] headers = { Messages.Import_row, Messages.Import_indicator, Messages.Import_period,
				Messages.Import_office, Messages.Import_before, Messages.Import_after, Messages.Import_error };
		int[] widths = { 50, 80, 70, 150, 80, 80, 320 };
		for (int i = 0; i < headers.length; i++) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(headers[i]);
			c.setWidth(widths[i]);
		}
		for (ImportRow row : preview.rows()) {
			if (row.valid() && !row.changes()) {
				continue;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { Integer.toString(row.rowNumber()),
					row.indicator() == null ? "" : row.indicator().getCode(), //$NON-NLS-1$
					row.period() == null ? "" : row.period().toString(), //$NON-NLS-1$
					row.valid() ? ResultsValidation.officeLabel(row.office()) : "", //$NON-NLS-1$
					Formats.number(row.previous()), Formats.number(row.value()),
					row.error() == null ? "" : row.error() }); //$NON-NLS-1$
			if (!row.valid()) {
				item.setForeground(ResultColors.ERROR);
			}
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(800, 260).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, NLS.bind(Messages.Import_apply, preview.changes().size()), true)
				.setEnabled(!preview.changes().isEmpty());
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}
}
