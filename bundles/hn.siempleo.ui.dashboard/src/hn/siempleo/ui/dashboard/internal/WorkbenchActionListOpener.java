// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.ui.ActionListFilterHolder;
import hn.siempleo.ui.ActionListOpener;
import hn.siempleo.ui.ViewActionListOpener;
import hn.siempleo.ui.dashboard.DashboardIds;

/** Opens the dashboard's Acciones view (when no tracker is installed, which ranks above). */
@Component(service = ActionListOpener.class)
public final class WorkbenchActionListOpener extends ViewActionListOpener {

	public WorkbenchActionListOpener() {
		super(DashboardIds.VIEW_ACTIONS);
	}

	@Override
	@Reference
	protected void setFilters(ActionListFilterHolder filters) {
		super.setFilters(filters);
	}
}
