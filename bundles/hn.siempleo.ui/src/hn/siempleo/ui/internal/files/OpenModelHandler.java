// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Abrir: a chosen file, or the file named by the command's {@value #FILE_PARAMETER} parameter. */
public final class OpenModelHandler extends SafeHandler {

	/** Optional parameter: the path of the file to open (recent files menu, scripts, tests). */
	public static final String FILE_PARAMETER = "hn.siempleo.ui.commands.open.file"; //$NON-NLS-1$

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ModelFiles files = ModelFiles.of(PlatformUI.getWorkbench());
		String file = event.getParameter(FILE_PARAMETER);
		if (file == null || file.isBlank()) {
			files.chooseAndOpen();
		} else {
			files.open(Path.of(file));
		}
		return null;
	}
}
