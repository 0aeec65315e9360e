// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * What an import would change, before anything changes, the same for every import of the product: a summary,
 * notes, one line per row that changes or is refused (refused lines in dark red), and a button that applies the
 * valid rows (disabled when there are none) beside Cancelar. {@code open()} returns {@link #OK} to apply.
 */
public final class ImportPreviewDialog extends Dialog {

	/** Widget id of the summary label. */
	public static final String SUMMARY = "import.summary"; //$NON-NLS-1$
	/** Widget id of the apply button. */
	public static final String APPLY = "import.apply"; //$NON-NLS-1$
	/** Widget id of the cancel button. */
	public static final String CANCEL = "import.cancel"; //$NON-NLS-1$

	/** A column of the table: its title and width in pixels. */
	public record Column(String title, int width) {
	}

	/** A line of the table: its cells, in the columns' order, and whether it is a refused row. */
	public record Line(List<String> cells, boolean refused) {
	}

	/**
	 * What the dialog shows.
	 *
	 * @param title the window's title
	 * @param summary what the import would do, in counts (wraps)
	 * @param notes further lines under the summary (e.g. columns that are not imported); may be empty
	 * @param tableId the widget id of the table
	 * @param columns the table's columns
	 * @param lines the table's lines
	 * @param applyLabel the apply button's text
	 * @param applicable whether anything can be applied
	 */
	public record Content(String title, String summary, List<String> notes, String tableId, List<Column> columns,
			List<Line> lines, String applyLabel, boolean applicable) {
	}

	private final Content content;

	public ImportPreviewDialog(Shell parent, Content content) {
		super(parent);
		this.content = content;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(content.title());
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		int width = Math.max(560, content.columns().stream().mapToInt(Column::width).sum() + 30);
		Label summary = WidgetIds.tag(new Label(area, SWT.WRAP), SUMMARY);
		summary.setText(content.summary());
		GridDataFactory.fillDefaults().grab(true, false).hint(width, SWT.DEFAULT).applyTo(summary);
		for (String note : content.notes()) {
			Label line = WidgetIds.tag(new Label(area, SWT.WRAP), "import.note"); //$NON-NLS-1$
			line.setText(note);
			GridDataFactory.fillDefaults().grab(true, false).hint(width, SWT.DEFAULT).applyTo(line);
		}
		Table table = WidgetIds.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL), content.tableId());
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (Column c : content.columns()) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(c.title());
			column.setWidth(c.width());
		}
		for (Line line : content.lines()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(line.cells().stream().map(t -> t == null ? "" : t).toArray(String[]::new)); //$NON-NLS-1$
			if (line.refused()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(width, 280).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button apply = WidgetIds.tag(createButton(parent, IDialogConstants.OK_ID, content.applyLabel(), true), APPLY);
		apply.setEnabled(content.applicable());
		WidgetIds.tag(createButton(parent, IDialogConstants.CANCEL_ID, Messages.ImportPreviewDialog_cancel, false), CANCEL);
	}

	@Override
	public void create() {
		super.create();
		// the keyboard starts on the button, not on a table row (a selected row would hide a refused row's colour)
		Button first = getButton(content.applicable() ? IDialogConstants.OK_ID : IDialogConstants.CANCEL_ID);
		first.setFocus();
	}
}
