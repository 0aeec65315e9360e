// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.model.text.Formats;
import hn.siempleo.results.ResultsValidation;
import hn.siempleo.results.io.ImportRow;
import hn.siempleo.results.io.MeasurementImport;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.ImportPreviewDialog.Column;
import hn.siempleo.ui.ImportPreviewDialog.Content;
import hn.siempleo.ui.ImportPreviewDialog.Line;

/**
 * What an import of measurements would change and which rows it refuses (with the row, the column as the file
 * writes its header, and the reason), before anything changes.
 */
final class MeasurementPreview {

	/** Widget id of the rows table. */
	static final String ROWS = "results.import.rows"; //$NON-NLS-1$

	private MeasurementPreview() {
	}

	static ImportPreviewDialog dialog(Shell shell, String fileName, MeasurementImport preview) {
		List<Column> columns = List.of(new Column(Messages.Import_row, 50), new Column(Messages.Import_indicator, 80),
				new Column(Messages.Import_period, 70), new Column(Messages.Import_office, 150),
				new Column(Messages.Import_before, 80), new Column(Messages.Import_after, 80),
				new Column(Messages.Import_column, 120), new Column(Messages.Import_error, 320));
		List<Line> lines = new ArrayList<>();
		for (ImportRow row : preview.rows()) {
			if (row.valid() && !row.changes()) {
				continue;
			}
			lines.add(new Line(Arrays.asList(Integer.toString(row.rowNumber()),
					row.indicator() == null ? "" : row.indicator().getCode(), //$NON-NLS-1$
					row.period() == null ? "" : row.period().toString(), //$NON-NLS-1$
					row.valid() ? ResultsValidation.officeLabel(row.office()) : "", //$NON-NLS-1$
					Formats.number(row.previous()), Formats.number(row.value()),
					row.valid() ? "" : row.error().column(), //$NON-NLS-1$
					row.valid() ? "" : row.error().reason()), !row.valid())); //$NON-NLS-1$
		}
		String summary = NLS.bind(Messages.Import_heading, fileName) + ". " //$NON-NLS-1$
				+ NLS.bind(Messages.Import_summary, preview.changes().size(), preview.errors().size());
		return new ImportPreviewDialog(shell, new Content(Messages.Import_title, summary, List.of(), ROWS, columns, lines,
				NLS.bind(Messages.Import_apply, preview.changes().size()), !preview.changes().isEmpty()));
	}
}
