// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.QuestionnaireSpreadsheets;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.ui.handlers.SafeHandler;

/** Exportar cuestionario: writes the questionnaire of the diagnostic shown to an XLSX file. */
public final class ExportQuestionnaireHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		OpenModel model = HandlerSupport.session().current();
		Diagnostic diagnostic = model == null ? null : HandlerSupport.target(event, model);
		if (diagnostic == null) {
			MessageDialog.openInformation(shell, Messages.ExportHandler_title, Messages.Handlers_noDiagnostic);
			return null;
		}
		Path file = HandlerSupport.file(event, shell, true, NLS.bind(Messages.ExportHandler_fileName, diagnostic.getCode()));
		if (file == null) {
			return null;
		}
		QuestionnaireSpreadsheets sheets = PlatformUI.getWorkbench().getService(QuestionnaireSpreadsheets.class);
		Path temporary = file.resolveSibling(file.getFileName() + ".part"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(temporary)) {
			sheets.export(diagnostic, out);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.ExportHandler_title,
					NLS.bind(Messages.ExportHandler_failed, file, e.getMessage()));
			return null;
		}
		try {
			Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.ExportHandler_title,
					NLS.bind(Messages.ExportHandler_failed, file, e.getMessage()));
		}
		return null;
	}
}
