// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.QuestionnairePreview;
import hn.siempleo.diagnostic.QuestionnaireSpreadsheets;
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors.Page;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.ui.ImportPreviewDialog;
import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Importar cuestionario: reads a filled questionnaire into a preview, shows every row's changes and errors, and
 * only when the planner confirms applies the valid rows as one command on the open model's editing domain.
 */
public final class ImportQuestionnaireHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = HandlerSupport.session().current();
		Diagnostic diagnostic = model == null ? null : HandlerSupport.target(event, model);
		if (diagnostic == null) {
			MessageDialog.openInformation(shell, Messages.ImportHandler_title, Messages.Handlers_noDiagnostic);
			return null;
		}
		Path file = HandlerSupport.file(event, shell, false, null);
		if (file == null) {
			return null;
		}
		QuestionnaireSpreadsheets sheets = PlatformUI.getWorkbench().getService(QuestionnaireSpreadsheets.class);
		QuestionnairePreview preview;
		try (InputStream in = Files.newInputStream(file)) {
			preview = sheets.preview(in, diagnostic);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.ImportHandler_title,
					NLS.bind(Messages.ImportHandler_unreadable, file, e.getMessage()));
			return null;
		} catch (SpreadsheetException e) {
			MessageDialog.openError(shell, Messages.ImportHandler_title, e.getMessage());
			return null;
		}
		ImportPreviewDialog dialog = QuestionnairePreviewContent.dialog(shell, preview, file.getFileName().toString());
		if (dialog.open() == Window.OK && HandlerSupport.stillOpen(model)) {
			Command command = preview.command(model.editingDomain());
			if (command.canExecute()) {
				model.commandStack().execute(command);
				HandlerSupport.editors().open(diagnostic, null, Page.CRITERIA);
			}
		}
		return null;
	}
}
