// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;

/**
 * Applies a batch of {@link IViewerNotification}s to a viewer with as few refreshes as possible: a
 * notification without element refreshes the whole viewer once; otherwise each element is refreshed or
 * relabelled once, whatever the number of notifications about it.
 */
public final class ViewerUpdates {

	private static final int CONTENT = 1;
	private static final int LABEL = 2;

	private ViewerUpdates() {
	}

	/**
	 * Updates the viewer for the batch. Must run on the viewer's UI thread; does nothing when the viewer's
	 * control is disposed.
	 */
	public static void apply(Viewer viewer, List<? extends IViewerNotification> batch) {
		if (viewer.getControl() == null || viewer.getControl().isDisposed()) {
			return;
		}
		if (!(viewer instanceof StructuredViewer structured)) {
			viewer.refresh();
			return;
		}
		boolean wasEmpty = structured.getSelection().isEmpty();
		Map<Object, Integer> changes = merge(batch);
		Integer whole = changes.remove(null);
		if (whole != null) {
			boolean labels = (whole & LABEL) != 0 || changes.values().stream().anyMatch(f -> (f & LABEL) != 0);
			structured.refresh(labels);
		} else {
			changes.forEach((element, flags) -> update(structured, element, flags));
		}
		ISelection now = structured.getSelection();
		if (wasEmpty && !now.isEmpty()) {
			// a refresh must not invent a selection the user never made
			structured.setSelection(StructuredSelection.EMPTY);
		}
	}

	private static Map<Object, Integer> merge(List<? extends IViewerNotification> batch) {
		Map<Object, Integer> changes = new LinkedHashMap<>();
		for (IViewerNotification notification : batch) {
			int flags = (notification.isContentRefresh() ? CONTENT : 0) | (notification.isLabelUpdate() ? LABEL : 0);
			if (notification.getElement() == null) {
				flags |= CONTENT;
			}
			if (flags != 0) {
				changes.merge(notification.getElement(), flags, (a, b) -> a | b);
			}
		}
		return changes;
	}

	private static void update(StructuredViewer viewer, Object element, int flags) {
		if ((flags & CONTENT) != 0) {
			viewer.refresh(element, (flags & LABEL) != 0);
		} else {
			viewer.update(element, null);
		}
	}
}
