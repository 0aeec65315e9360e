// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Guardar como: to a chosen file, or to the one named by the {@value #FILE_PARAMETER} parameter. */
public final class SaveModelAsHandler extends SafeHandler {

	/** Optional parameter: the path to save to. */
	public static final String FILE_PARAMETER = "hn.siempleo.ui.commands.saveAs.file"; //$NON-NLS-1$

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(PlatformUI.getWorkbench().getService(ModelSession.class).current() != null);
	}

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ModelFiles files = ModelFiles.of(PlatformUI.getWorkbench());
		String file = event.getParameter(FILE_PARAMETER);
		if (file == null || file.isBlank()) {
			files.saveAs();
		} else {
			files.saveAs(Path.of(file));
		}
		return null;
	}
}
