// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.core.files.AtomicFile;
import hn.siempleo.core.files.FileNames;
import hn.siempleo.core.files.OutputRefusedException;
import hn.siempleo.core.files.OutputTargets;
import hn.siempleo.results.io.MeasurementSpreadsheets;
import hn.siempleo.results.ui.ResultsUiIds;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;
import hn.siempleo.ui.FileDialogs;

/**
 * Exportar mediciones a Excel: one row per indicator, office and period, written aside and moved into place
 * (never over a model); the file is the command's parameter or chosen in a dialog.
 */
public final class ExportMeasurementsHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		if (model == null) {
			MessageDialog.openInformation(shell, Messages.Export_title, Messages.Export_noModel);
			return null;
		}
		Path modelFile = OutputTargets.fileOf(model.workspace());
		String given = event.getParameter(ResultsUiIds.FILE_PARAMETER);
		Path file;
		if (given != null && !given.isBlank()) {
			file = Path.of(given);
		} else {
			FileDialog dialog = new FileDialog(shell, SWT.SAVE);
			dialog.setText(Messages.Export_title);
			dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
			dialog.setFileName(Messages.Export_defaultName);
			String chosen = FileDialogs.open(dialog);
			if (chosen == null) {
				return null;
			}
			file = Path.of(FileNames.withExtension(chosen, "xlsx")); //$NON-NLS-1$
			if (Files.exists(file) && !MessageDialog.openQuestion(shell, Messages.Export_title,
					NLS.bind(Messages.Export_replace, file.getFileName()))) {
				return null;
			}
		}
		try {
			OutputTargets.check(file, modelFile);
			try (AtomicFile target = AtomicFile.create(file)) {
				try (OutputStream out = target.openStream()) {
					MeasurementSpreadsheets.export(model.workspace(), out);
				}
				target.commit();
			}
		} catch (OutputRefusedException e) {
			MessageDialog.openError(shell, Messages.Export_title, e.getMessage());
		} catch (java.io.IOException e) {
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, file, e.getMessage()));
		}
		return null;
	}
}
