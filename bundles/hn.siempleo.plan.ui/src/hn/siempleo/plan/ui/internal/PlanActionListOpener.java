// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.ui.dashboard.ActionFilter;
import hn.siempleo.ui.dashboard.ActionListFilterHolder;
import hn.siempleo.ui.dashboard.ActionListOpener;

/**
 * Opens the plan tracker, instead of the dashboard's plain list, when a figure of Inicio is clicked: ranked
 * above the dashboard's own opener, so whoever asks for the list gets the tracker filtered by the figure.
 */
@Component(service = ActionListOpener.class, property = "service.ranking:Integer=100")
public final class PlanActionListOpener implements ActionListOpener {

	private ActionListFilterHolder filters;

	@Reference
	void setFilters(ActionListFilterHolder filters) {
		this.filters = filters;
	}

	@Override
	public void open(ActionFilter filter) {
		filters.set(filter);
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(PlanUiIds.VIEW_TRACKER);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}
}
