// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.ImportRow;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.ImportPreviewDialog.Column;
import hn.siempleo.ui.ImportPreviewDialog.Content;
import hn.siempleo.ui.ImportPreviewDialog.Line;

/**
 * What an import of actions would do, before anything changes: the counts, then one line per new, updated or
 * rejected row (a rejected row has a line per error: row, column, reason). "Aplicar" confirms; "Cancelar" leaves
 * the plan untouched.
 */
final class ImportPreviewContent {

	private ImportPreviewContent() {
	}

	static Content of(ImportPreview preview, String fileName) {
		long unchanged = preview.rows().stream().filter(row -> row.change() == ImportRow.Change.UNCHANGED
				&& row.errors().isEmpty()).count();
		String summary = NLS.bind(Messages.ImportPreviewDialog_summary, new Object[] { fileName, preview.newCount(),
				preview.updateCount(), unchanged, preview.rejectedCount() });
		List<String> notes = preview.ignoredColumns().isEmpty() ? List.of()
				: List.of(NLS.bind(Messages.ImportPreviewDialog_ignored, String.join(", ", preview.ignoredColumns()))); //$NON-NLS-1$
		List<Column> columns = List.of(new Column(Messages.ImportPreviewDialog_row, 60),
				new Column(Messages.ImportPreviewDialog_code, 90), new Column(Messages.ImportPreviewDialog_change, 120),
				new Column(Messages.ImportPreviewDialog_column, 140), new Column(Messages.ImportPreviewDialog_reason, 420));
		int applicable = preview.applicableRows().size();
		return new Content(Messages.ImportPreviewDialog_title, summary, notes, "import.rows", columns, lines(preview), //$NON-NLS-1$
				NLS.bind(Messages.ImportPreviewDialog_apply, applicable), applicable > 0);
	}

	/** One line per error of a rejected row, one per new or updated row; unchanged rows are only counted. */
	private static List<Line> lines(ImportPreview preview) {
		List<Line> lines = new ArrayList<>();
		for (ImportRow row : preview.rows()) {
			String number = Integer.toString(row.row());
			if (!row.errors().isEmpty()) {
				for (RowError error : row.errors()) {
					lines.add(new Line(Arrays.asList(number, row.code(), Messages.ImportPreviewDialog_rejected, error.column(),
							error.reason()), true));
				}
			} else if (row.change() != ImportRow.Change.UNCHANGED) {
				String change = row.change() == ImportRow.Change.NEW ? Messages.ImportPreviewDialog_new
						: Messages.ImportPreviewDialog_update;
				String columns = String.join(", ", row.changedColumns().stream().map(c -> c.header()).toList()); //$NON-NLS-1$
				lines.add(new Line(Arrays.asList(number, row.code(), change, columns, ""), false)); //$NON-NLS-1$
			}
		}
		return lines;
	}

	/** The dialog for a preview. */
	static ImportPreviewDialog dialog(org.eclipse.swt.widgets.Shell shell, ImportPreview preview, String fileName) {
		return new ImportPreviewDialog(shell, of(preview, fileName));
	}
}
