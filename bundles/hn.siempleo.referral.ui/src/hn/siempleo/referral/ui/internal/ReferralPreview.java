// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.plan.io.RowError;
import hn.siempleo.referral.io.ReferralImportPreview;
import hn.siempleo.referral.io.ReferralImportRow;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.ImportPreviewDialog.Column;
import hn.siempleo.ui.ImportPreviewDialog.Content;
import hn.siempleo.ui.ImportPreviewDialog.Line;

/** The preview of a referral import: how many rows apply, and every rejected row with its problems. */
final class ReferralPreview {

	private ReferralPreview() {
	}

	static ImportPreviewDialog dialog(Shell shell, ReferralImportPreview preview) {
		List<Line> lines = new ArrayList<>();
		for (ReferralImportRow row : preview.rows()) {
			for (RowError problem : row.problems()) {
				lines.add(new Line(Arrays.asList(Integer.toString(problem.row()), problem.column(), problem.reason()), true));
			}
		}
		List<Column> columns = List.of(new Column(Messages.Import_row, 50), new Column(Messages.Import_column, 140),
				new Column(Messages.Import_problem, 380));
		return new ImportPreviewDialog(shell, new Content(Messages.Import_previewTitle,
				NLS.bind(Messages.Import_summary, preview.validRows().size(), preview.rejectedCount()), List.of(),
				"import.problems", columns, lines, Messages.Import_apply, !preview.validRows().isEmpty())); //$NON-NLS-1$
	}
}
