// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

/** Archivo &gt; Nuevo: an empty model saved under a name the user chooses. */
public final class NewModelHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ModelFiles.of(PlatformUI.getWorkbench()).createNew();
		return null;
	}
}
