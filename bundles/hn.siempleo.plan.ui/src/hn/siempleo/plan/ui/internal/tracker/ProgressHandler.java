// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.plan.ui.internal.Trackers;
import hn.siempleo.ui.ModelSession;

/** Opens the progress reports of the action selected in the tracker. */
public final class ProgressHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Trackers trackers = PlatformUI.getWorkbench().getService(Trackers.class);
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		List<Action> selected = trackers.current().map(TrackerPart::selectedActions).orElse(List.of());
		var shell = HandlerUtil.getActiveShell(event);
		if (model == null || selected.size() != 1) {
			MessageDialog.openInformation(shell, Messages.ProgressHandler_title, Messages.ProgressHandler_selectOne);
			return null;
		}
		new ProgressDialog(shell, selected.get(0), model.editingDomain()).open();
		return null;
	}
}
