// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.ui.ActionListFilterHolder;
import hn.siempleo.ui.ActionListOpener;
import hn.siempleo.ui.ViewActionListOpener;

/**
 * Opens the plan tracker, instead of the dashboard's plain list, when a figure of Inicio is clicked: ranked
 * above the dashboard's own opener, so whoever asks for the list gets the tracker filtered by the figure.
 */
@Component(service = ActionListOpener.class, property = "service.ranking:Integer=100")
public final class PlanActionListOpener extends ViewActionListOpener {

	public PlanActionListOpener() {
		super(PlanUiIds.VIEW_TRACKER);
	}

	@Override
	@Reference
	protected void setFilters(ActionListFilterHolder filters) {
		super.setFilters(filters);
	}
}
