// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.ui.WidgetIds;

/**
 * What an import would do, before anything changes: the counts, then one line per new, updated or rejected
 * row (a rejected row has a line per error: row, column, reason). "Aplicar" confirms; "Cancelar" leaves the
 * plan untouched.
 */
final class ImportPreviewDialog extends Dialog {

	private final ImportPreview preview;
	private final String fileName;

	ImportPreviewDialog(Shell parent, ImportPreview preview, String fileName) {
		super(parent);
		this.preview = preview;
		this.fileName = fileName;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ImportPreviewDialog_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		long unchanged = preview.rows().stream().filter(row -> row.change() == ImportRow.Change.UNCHANGED
				&& row.errors().isEmpty()).count();
		Label summary = WidgetIds.tag(new Label(area, SWT.WRAP), "import.summary");
		summary.setText(NLS.bind(Messages.ImportPreviewDialog_summary, new Object[] { fileName, preview.newCount(),
				preview.updateCount(), unchanged, preview.rejectedCount() }));
		GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(summary);
		if (!preview.ignoredColumns().isEmpty()) {
			Label ignored = WidgetIds.tag(new Label(area, SWT.WRAP), "import.ignored");
			ignored.setText(NLS.bind(Messages.ImportPreviewDialog_ignored, String.join(", ", preview.ignoredColumns())));
			GridDataFactory.fillDefaults().grab(true, false).hint(640, SWT.DEFAULT).applyTo(ignored);
		}
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), "import.rows");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		column(table, Messages.ImportPreviewDialog_row, 60);
		column(table, Messages.ImportPreviewDialog_code, 90);
		column(table, Messages.ImportPreviewDialog_change, 120);
		column(table, Messages.ImportPreviewDialog_column, 140);
		column(table, Messages.ImportPreviewDialog_reason, 420);
		for (String[] line : lines()) {
			new TableItem(table, SWT.NONE).setText(line);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(820, 300).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		int applicable = preview.applicableRows().size();
		Button apply = createButton(parent, IDialogConstants.OK_ID,
				NLS.bind(Messages.ImportPreviewDialog_apply, applicable), true);
		WidgetIds.tag(apply, "import.apply");
		apply.setEnabled(applicable > 0);
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.ImportPreviewDialog_cancel, false),
				"import.cancel");
	}

	/** One line per error of a rejected row, one per new or updated row; unchanged rows are only counted. */
	private List<String[]> lines() {
		List<String[]> lines = new ArrayList<>();
		for (ImportRow row : preview.rows()) {
			String number = Integer.toString(row.row());
			if (!row.errors().isEmpty()) {
				for (RowError error : row.errors()) {
					lines.add(new String[] { number, row.code(), Messages.ImportPreviewDialog_rejected, error.column(),
							error.reason() });
				}
			} else if (row.change() != ImportRow.Change.UNCHANGED) {
				String change = row.change() == ImportRow.Change.NEW ? Messages.ImportPreviewDialog_new
						: Messages.ImportPreviewDialog_update;
				String columns = String.join(", ", row.changedColumns().stream().map(c -> c.header()).toList());
				lines.add(new String[] { number, row.code(), change, columns, "" });
			}
		}
		return lines;
	}

	private static void column(Table table, String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
