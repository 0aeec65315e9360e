// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.plan.ui.internal.Trackers;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.handlers.SafeHandler;

/** Opens the progress reports of the action selected in the tracker. */
public final class ProgressHandler extends SafeHandler {

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		TrackerPart tracker = Trackers.of(HandlerUtil.getActiveWorkbenchWindow(event));
		OpenModel model = PlatformUI.getWorkbench().getService(ModelSession.class).current();
		List<Action> selected = tracker == null ? List.of() : tracker.selectedActions();
		if (model == null || selected.size() != 1) {
			MessageDialog.openInformation(shell, Messages.ProgressHandler_title, Messages.ProgressHandler_selectOne);
			return null;
		}
		new ProgressDialog(shell, selected.get(0), model.editingDomain(), tracker::reviewStates).open();
		return null;
	}
}
