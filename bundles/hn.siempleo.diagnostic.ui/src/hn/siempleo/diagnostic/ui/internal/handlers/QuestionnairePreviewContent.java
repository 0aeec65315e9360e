// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.diagnostic.QuestionnaireColumn;
import hn.siempleo.diagnostic.QuestionnairePreview;
import hn.siempleo.diagnostic.QuestionnaireRow;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.ImportPreviewDialog.Column;
import hn.siempleo.ui.ImportPreviewDialog.Content;
import hn.siempleo.ui.ImportPreviewDialog.Line;

/** What importing a questionnaire would do: one line per row with its changes or errors; Aplicar applies the valid rows. */
final class QuestionnairePreviewContent {

	private QuestionnairePreviewContent() {
	}

	static ImportPreviewDialog dialog(Shell shell, QuestionnairePreview preview, String fileName) {
		List<Column> columns = List.of(new Column(Messages.PreviewDialog_row, 70), new Column(Messages.PreviewDialog_code, 70),
				new Column(Messages.PreviewDialog_result, 520));
		List<Line> lines = preview.rows().stream().map(row -> new Line(
				Arrays.asList(Integer.toString(row.row()), row.code(), result(row)), !row.errors().isEmpty())).toList();
		String summary = NLS.bind(Messages.PreviewDialog_heading, fileName, preview.diagnostic().getCode()) + ". " //$NON-NLS-1$
				+ NLS.bind(Messages.PreviewDialog_summary, preview.applicableRows().size(), preview.rejectedCount());
		return new ImportPreviewDialog(shell, new Content(Messages.PreviewDialog_title, summary, List.of(), "preview.rows", //$NON-NLS-1$
				columns, lines, Messages.PreviewDialog_apply, !preview.applicableRows().isEmpty()));
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
