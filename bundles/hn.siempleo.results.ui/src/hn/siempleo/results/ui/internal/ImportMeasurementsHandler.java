// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.results.io.MeasurementImport;
import hn.siempleo.results.io.MeasurementSpreadsheets;
import hn.siempleo.results.io.ResultsSpreadsheetException;
import hn.siempleo.results.ui.ResultsUiIds;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;
import hn.siempleo.ui.FileDialogs;

/**
 * Importar mediciones desde Excel: reads the workbook, shows what would change and every refused row with its
 * number, and on confirmation applies the valid rows as one command (one Deshacer undoes the import).
 */
public final class ImportMeasurementsHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		if (model == null) {
			MessageDialog.openInformation(shell, Messages.Import_title, Messages.Export_noModel);
			return null;
		}
		String given = event.getParameter(ResultsUiIds.FILE_PARAMETER);
		if (given == null || given.isBlank()) {
			FileDialog dialog = new FileDialog(shell, SWT.OPEN);
			dialog.setText(Messages.Import_title);
			dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
			given = FileDialogs.open(dialog);
			if (given == null) {
				return null;
			}
		}
		Path file = Path.of(given);
		MeasurementImport preview;
		try (InputStream in = Files.newInputStream(file)) {
			preview = MeasurementSpreadsheets.preview(model.workspace(), in);
		} catch (ResultsSpreadsheetException e) {
			MessageDialog.openError(shell, Messages.Import_title, e.getMessage());
			return null;
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.Import_title, NLS.bind(Messages.Import_unreadable, file, e.getMessage()));
			return null;
		}
		if (MeasurementPreview.dialog(shell, file.getFileName().toString(), preview).open() != org.eclipse.jface.window.Window.OK) {
			return null;
		}
		Command command = preview.command(model.editingDomain(), ModelClock.today(model.workspace()), System.getProperty("user.name")); //$NON-NLS-1$
		if (command.canExecute()) {
			model.editingDomain().getCommandStack().execute(command);
		}
		return null;
	}
}
