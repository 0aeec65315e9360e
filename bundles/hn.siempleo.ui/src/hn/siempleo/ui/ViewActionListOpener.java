// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.model.logic.ActionFilter;

/**
 * An {@link ActionListOpener} that sets the filter and shows one view of the active page: the dashboard's
 * Acciones list or, ranked above it, the plan tracker. Subclasses are DS components that name their view and
 * receive the {@link ActionListFilterHolder}.
 */
public abstract class ViewActionListOpener implements ActionListOpener {

	private final String viewId;
	private ActionListFilterHolder filters;

	/** @param viewId the view that shows the filtered actions */
	protected ViewActionListOpener(String viewId) {
		this.viewId = viewId;
	}

	/** The filter holder (called by the subclass's DS reference method). */
	protected void setFilters(ActionListFilterHolder filters) {
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
			page.showView(viewId);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}
}
