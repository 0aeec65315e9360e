// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import hn.siempleo.ui.WorkbenchIds;

/**
 * The four perspectives. Each starts from the same frame (explorer, the central part, properties,
 * problems); later bundles add their editors and views through perspective extensions.
 */
public abstract class SiempleoPerspectives implements IPerspectiveFactory {

	/** Where problems and properties stack when the properties are not beside the central part. */
	static final String FOLDER_BOTTOM = "hn.siempleo.ui.folder.bottom"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.setEditorAreaVisible(false);
		IFolderLayout center = layout.createFolder(WorkbenchIds.FOLDER_CENTER, IPageLayout.TOP, IPageLayout.RATIO_MAX,
				layout.getEditorArea());
		if (dashboardShown()) {
			center.addView(WorkbenchIds.VIEW_INICIO);
		} else {
			// the perspective opens on its own views, stacked here by their bundles; Inicio opens here when asked for
			center.addPlaceholder(WorkbenchIds.VIEW_INICIO);
		}
		center.addPlaceholder(WorkbenchIds.VIEW_ACTIONS_LIST);
		layout.addView(WorkbenchIds.VIEW_EXPLORER, IPageLayout.LEFT, 0.24f, WorkbenchIds.FOLDER_CENTER);
		if (propertiesBeside()) {
			layout.addView(WorkbenchIds.VIEW_PROPERTIES, IPageLayout.RIGHT, 0.66f, WorkbenchIds.FOLDER_CENTER);
			layout.addView(WorkbenchIds.VIEW_PROBLEMS, IPageLayout.BOTTOM, 0.72f, WorkbenchIds.FOLDER_CENTER);
		} else {
			IFolderLayout bottom = layout.createFolder(FOLDER_BOTTOM, IPageLayout.BOTTOM, 0.8f, WorkbenchIds.FOLDER_CENTER);
			bottom.addView(WorkbenchIds.VIEW_PROBLEMS);
			bottom.addView(WorkbenchIds.VIEW_PROPERTIES);
		}
		for (String perspective : WorkbenchIds.PERSPECTIVES) {
			layout.addPerspectiveShortcut(perspective);
		}
		for (String view : new String[] { WorkbenchIds.VIEW_EXPLORER, WorkbenchIds.VIEW_INICIO,
				WorkbenchIds.VIEW_PROPERTIES, WorkbenchIds.VIEW_PROBLEMS }) {
			layout.addShowViewShortcut(view);
		}
	}

	/**
	 * Whether the perspective opens on Inicio (else Inicio only has its place in the centre, and the perspective
	 * opens on the first view its bundles stack there: the diagnostic editor, the agreement, the reports).
	 */
	protected boolean dashboardShown() {
		return false;
	}

	/**
	 * Whether the properties sit right of the central part (else they stack with the problems below it, which
	 * leaves the central part the whole width).
	 */
	protected boolean propertiesBeside() {
		return true;
	}

	/** Planificación: the plan and its dashboard (first perspective). */
	public static final class Planning extends SiempleoPerspectives {
		@Override
		protected boolean dashboardShown() {
			return true;
		}
	}

	/** Diagnóstico: the PES Scan diagnostic; its editor needs the whole width at 1366 pixels. */
	public static final class Diagnostic extends SiempleoPerspectives {
		@Override
		protected boolean propertiesBeside() {
			return false;
		}
	}

	/** Red y convenios: offices, agreements, referrals and territorial tables. */
	public static final class Network extends SiempleoPerspectives {
	}

	/** Informes: the report catalogue. */
	public static final class Reports extends SiempleoPerspectives {
	}
}
