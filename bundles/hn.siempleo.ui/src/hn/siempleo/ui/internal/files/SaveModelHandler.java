// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;

/** Archivo &gt; Guardar (Ctrl+S): enabled while the open model has unsaved changes. */
public final class SaveModelHandler extends SafeHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		setBaseEnabled(model != null && model.isDirty());
	}

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		ModelFiles.of(PlatformUI.getWorkbench()).save();
		return null;
	}
}
