package hn.siempleo.ui.internal.application;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import hn.siempleo.ui.WorkbenchIds;

/** Planificación: the plan and its dashboard. Later bundles add their views through perspective extensions. */
public final class PlanningPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		layout.addView(WorkbenchIds.VIEW_INICIO, IPageLayout.TOP, IPageLayout.RATIO_MAX, layout.getEditorArea());
	}
}
