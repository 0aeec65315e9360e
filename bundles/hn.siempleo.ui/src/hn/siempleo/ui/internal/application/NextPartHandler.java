// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import hn.siempleo.ui.handlers.SafeHandler;

/**
 * Ctrl+F7 and Ctrl+Shift+F7: the next (or previous) part shown in the window takes the focus, in reading order
 * (columns left to right, top to bottom in each). The platform's own cycle does not reach the product's parts.
 * {@code previous} as the class's data in {@code plugin.xml} goes backwards.
 */
public final class NextPartHandler extends SafeHandler implements IExecutableExtension {

	private int step = 1;

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		step = "previous".equals(data) ? -1 : 1; //$NON-NLS-1$
	}

	@Override
	protected Object run(ExecutionEvent event, Shell shell) {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindow(event) == null ? null
				: HandlerUtil.getActiveWorkbenchWindow(event).getActivePage();
		if (page == null) {
			return null;
		}
		List<IWorkbenchPart> parts = shown(page);
		if (parts.isEmpty()) {
			return null;
		}
		int current = parts.indexOf(page.getActivePart());
		int next = current < 0 ? 0 : Math.floorMod(current + step, parts.size());
		page.activate(parts.get(next));
		return null;
	}

	/** The parts on screen, in reading order. */
	static List<IWorkbenchPart> shown(IWorkbenchPage page) {
		record Shown(IWorkbenchPart part, Point at) {
		}
		List<Shown> parts = new ArrayList<>();
		for (IViewReference reference : page.getViewReferences()) {
			IViewPart view = reference.getView(false);
			MPart model = view == null ? null : view.getSite().getService(MPart.class);
			if (view != null && page.isPartVisible(view) && model != null && model.getWidget() instanceof Control control
					&& !control.isDisposed() && control.isVisible()) {
				parts.add(new Shown(view, control.toDisplay(0, 0)));
			}
		}
		parts.sort(Comparator.<Shown>comparingInt(shown -> shown.at().x).thenComparingInt(shown -> shown.at().y));
		return parts.stream().map(Shown::part).toList();
	}
}
