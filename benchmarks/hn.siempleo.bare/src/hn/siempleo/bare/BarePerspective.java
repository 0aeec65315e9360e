// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.bare;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The model view beside the (empty) editor area. */
public final class BarePerspective implements IPerspectiveFactory {

	static final String ID = "hn.siempleo.bare.perspective";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		layout.addView(ModelView.ID, IPageLayout.LEFT, 0.35f, layout.getEditorArea());
	}
}
