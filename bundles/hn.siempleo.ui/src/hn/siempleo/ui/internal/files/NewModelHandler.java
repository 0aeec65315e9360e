// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Nuevo: an empty model saved under a name the user chooses. */
public final class NewModelHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ModelFiles.of(PlatformUI.getWorkbench()).createNew();
		return null;
	}
}
