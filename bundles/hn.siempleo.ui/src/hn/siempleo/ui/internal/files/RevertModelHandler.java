// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;

/** Archivo &gt; Revertir: back to the saved version, after confirmation. */
public final class RevertModelHandler extends AbstractHandler {

	@Override
	public void setEnabled(Object evaluationContext) {
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		setBaseEnabled(model != null && model.isDirty());
	}

	@Override
	public Object execute(ExecutionEvent event) {
		ModelFiles.of(PlatformUI.getWorkbench()).revert();
		return null;
	}
}
