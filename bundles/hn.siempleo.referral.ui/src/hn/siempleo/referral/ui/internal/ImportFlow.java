// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Agreement;
import hn.siempleo.referral.io.ReferralImport;
import hn.siempleo.referral.io.ReferralImportException;
import hn.siempleo.referral.io.ReferralImportPreview;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.FileDialogs;

/**
 * Import of referral records, as the menu command and the Derivaciones button run it: pick a file (unless
 * given), read it, show the preview with each row's problems, and on Aplicar execute the one command that
 * adds the valid rows to the first agreement.
 */
final class ImportFlow {

	private ImportFlow() {
	}

	static void run(Shell shell, ModelSession session, Path given) {
		OpenModel model = session.current();
		if (model == null || model.workspace().getAgreements().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.Import_title, Messages.Import_noAgreement);
			return;
		}
		Path file = given;
		if (file == null) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText(Messages.Import_title);
			dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" });
			dialog.setFilterNames(new String[] { Messages.Import_filterName, Messages.Import_filterAll });
			String chosen = FileDialogs.open(dialog);
			if (chosen == null) {
				return;
			}
			file = Path.of(chosen);
		}
		Agreement agreement = model.workspace().getAgreements().get(0);
		ReferralImportPreview preview;
		try {
			preview = ReferralImport.preview(agreement, file);
		} catch (ReferralImportException e) {
			MessageDialog.openError(shell, Messages.Import_title, e.getMessage());
			return;
		}
		ImportPreviewDialog dialog = ReferralPreview.dialog(shell, preview);
		if (dialog.open() == Window.OK && !preview.validRows().isEmpty()) {
			model.commandStack().execute(preview.command(model.editingDomain()));
		}
	}
}
