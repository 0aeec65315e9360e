// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.ui.dashboard.ActionFilter;
import hn.siempleo.ui.dashboard.ActionListFilterHolder;
import hn.siempleo.ui.dashboard.ActionListOpener;
import hn.siempleo.ui.dashboard.DashboardIds;

/** Opens the Acciones view in the active workbench page. */
@Component(service = ActionListOpener.class)
public final class WorkbenchActionListOpener implements ActionListOpener {

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
			page.showView(DashboardIds.VIEW_ACTIONS);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}
}
