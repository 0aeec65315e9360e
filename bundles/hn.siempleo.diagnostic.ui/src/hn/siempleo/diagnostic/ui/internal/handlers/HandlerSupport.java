// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.handlers;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.ui.DiagnosticUiIds;
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.FileDialogs;

/** What the diagnostic handlers share: the services, the diagnostic to act on, the file to read or write. */
final class HandlerSupport {

	private HandlerSupport() {
	}

	static ModelSession session() {
		return PlatformUI.getWorkbench().getService(ModelSession.class);
	}

	static DiagnosticEditors editors() {
		return PlatformUI.getWorkbench().getService(DiagnosticEditors.class);
	}

	/**
	 * The diagnostic a command acts on: the one selected (in the explorer), else the one the editor shows, else the
	 * latest national one; null when the model has none.
	 */
	static Diagnostic target(ExecutionEvent event, OpenModel model) {
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured && structured.size() == 1
				&& structured.getFirstElement() instanceof Diagnostic selected) {
			return selected;
		}
		DiagnosticEditors editors = editors();
		if (editors != null && editors.shown() != null) {
			return editors.shown();
		}
		return model.workspace().getDiagnostics().stream().filter(d -> d.getScope() == DiagnosticScope.NATIONAL)
				.max(Comparator.comparing(Diagnostic::getDate, Comparator.nullsFirst(Comparator.naturalOrder())))
				.orElse(null);
	}

	/** The file of the command's parameter, else the one the planner chooses; null when cancelled. */
	static Path file(ExecutionEvent event, Shell shell, boolean save, String suggestedName) {
		String parameter = event.getParameter(DiagnosticUiIds.FILE_PARAMETER);
		if (parameter != null && !parameter.isBlank()) {
			return Path.of(parameter);
		}
		FileDialog dialog = new FileDialog(shell, save ? SWT.SAVE : SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.HandlerSupport_xlsx });
		dialog.setOverwrite(true);
		if (suggestedName != null) {
			dialog.setFileName(suggestedName);
		}
		String chosen = FileDialogs.open(dialog);
		return chosen == null ? null : Path.of(chosen);
	}

	/** Whether the model is still the one open (a long read may race with opening another). */
	static boolean stillOpen(OpenModel model) {
		return Objects.equals(model, session().current());
	}
}
