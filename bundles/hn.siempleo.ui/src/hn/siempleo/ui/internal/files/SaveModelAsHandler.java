// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.ui.ModelSession;

/** Archivo &gt; Guardar como: to a chosen file, or to the one named by the {@value #FILE_PARAMETER} parameter. */
public final class SaveModelAsHandler extends AbstractHandler {

	/** Optional parameter: the path to save to. */
	public static final String FILE_PARAMETER = "hn.siempleo.ui.commands.saveAs.file"; //$NON-NLS-1$

	@Override
	public void setEnabled(Object evaluationContext) {
		setBaseEnabled(PlatformUI.getWorkbench().getService(ModelSession.class).current() != null);
	}

	@Override
	public Object execute(ExecutionEvent event) {
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
