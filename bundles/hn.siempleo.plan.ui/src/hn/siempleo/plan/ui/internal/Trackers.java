// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.internal.tracker.TrackerPart;

/**
 * The tracker of a workbench window, found through the window's parts (no registry of SWT parts): what the
 * tracker's commands act on.
 */
public final class Trackers {

	private Trackers() {
	}

	/** The window's tracker, or null when it is not open. */
	public static TrackerPart of(IWorkbenchWindow window) {
		EPartService parts = window == null ? null : window.getService(EPartService.class);
		MPart part = parts == null ? null : parts.findPart(PlanUiIds.VIEW_TRACKER);
		return part != null && part.getObject() instanceof TrackerPart tracker ? tracker : null;
	}

	/** The window's tracker, shown first when it is not open; null when it cannot be shown. */
	public static TrackerPart shown(IWorkbenchWindow window) {
		TrackerPart tracker = of(window);
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (tracker == null && page != null) {
			try {
				page.showView(PlanUiIds.VIEW_TRACKER);
			} catch (PartInitException e) {
				return null;
			}
			tracker = of(window);
		}
		return tracker;
	}
}
