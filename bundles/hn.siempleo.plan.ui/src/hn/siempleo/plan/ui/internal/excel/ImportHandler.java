// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.excel;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.ActionFormats;
import hn.siempleo.plan.io.ActionSpreadsheets;
import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Importar de Excel: reads a workbook into a preview (in a worker thread, the window held modal meanwhile),
 * shows every row's changes and errors, and only when the planner confirms applies the valid rows as one
 * command on the open model's editing domain.
 */
public final class ImportHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		if (model == null || model.workspace().getPlans().isEmpty()) {
			MessageDialog.openInformation(shell, Messages.ImportHandler_title, Messages.ImportHandler_noPlan);
			return null;
		}
		ActionPlan plan = model.workspace().getPlans().get(0);
		Path file = ExcelFiles.chooseForOpen(shell, event.getParameter(PlanUiIds.FILE_PARAMETER));
		if (file == null) {
			return null;
		}
		ImportPreview preview = read(shell, file, plan);
		if (preview == null) {
			return null;
		}
		ImportPreviewDialog dialog = ImportPreviewContent.dialog(shell, preview, file.getFileName().toString());
		if (dialog.open() == Window.OK && model == PlatformUI.getWorkbench().getService(ModelSession.class).current()) {
			Command command = preview.command(model.editingDomain());
			if (command.canExecute()) {
				model.commandStack().execute(command);
			}
		}
		return null;
	}

	private static ImportPreview read(Shell shell, Path file, ActionPlan plan) {
		ActionSpreadsheets spreadsheets = PlatformUI.getWorkbench().getService(ActionSpreadsheets.class);
		AtomicReference<ImportPreview> preview = new AtomicReference<>();
		try {
			PlatformUI.getWorkbench().getProgressService().busyCursorWhile(monitor -> {
				monitor.beginTask(NLS.bind(Messages.ImportHandler_task, file.getFileName()), -1);
				try (InputStream in = Files.newInputStream(file)) {
					Optional<ActionFormats.Format> contributed = ActionFormats.forFile(file).filter(ActionFormats.Format::canImport);
					preview.set(contributed.isPresent() ? contributed.get().create().preview(in, plan)
							: spreadsheets.preview(in, plan));
				} catch (NoSuchFileException e) {
					throw new InvocationTargetException(e, NLS.bind(Messages.ImportHandler_missing, file));
				} catch (IOException e) {
					throw new InvocationTargetException(e, NLS.bind(Messages.ImportHandler_unreadable, file));
				} catch (SpreadsheetException | CoreException e) {
					throw new InvocationTargetException(e, e.getMessage());
				}
			});
		} catch (InvocationTargetException e) {
			MessageDialog.openError(shell, Messages.ImportHandler_title,
					NLS.bind(Messages.ImportHandler_failed, file.getFileName(), e.getMessage()));
			return null;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
		return preview.get();
	}
}
