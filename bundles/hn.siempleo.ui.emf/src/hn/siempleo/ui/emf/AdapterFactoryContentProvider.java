// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

import hn.siempleo.ui.emf.internal.UiBatcher;
import hn.siempleo.ui.emf.internal.ViewerUpdates;

/**
 * A content provider for table, list and tree viewers that asks the item providers of an
 * {@link AdapterFactory} ({@link IStructuredItemContentProvider}, {@link ITreeItemContentProvider}) for
 * elements, children and parents.
 * <p>
 * The input may be an {@link EObject}, a {@link Resource} or a {@link ResourceSet}. A resource's elements are
 * its contents and a resource set's its resources, unless the factory adapts them itself (compose
 * {@code ResourceItemProviderAdapterFactory} to follow changes to a resource's contents too); an array or a
 * collection gives its members.
 * <p>
 * When the factory is an {@link IChangeNotifier}, the provider listens to it from the first time it is
 * given a viewer ({@link #inputChanged}) until {@link #dispose()}, and updates the viewer after each
 * {@link IViewerNotification}: notifications may arrive on any thread; the viewer is updated on its UI
 * thread, once per burst of notifications, and not at all once its control is disposed. Other methods are
 * called by the viewer on the UI thread.
 */
public class AdapterFactoryContentProvider implements ITreeContentProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private volatile Viewer viewer;
	private volatile UiBatcher<IViewerNotification> refresher;
	private volatile boolean disposed;
	private boolean listening;

	/**
	 * @param adapterFactory the factory of item providers, not null; not disposed by this provider
	 */
	public AdapterFactoryContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** The factory this provider adapts elements with. */
	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
		if (newViewer != viewer && !disposed) {
			viewer = newViewer;
			refresher = newViewer == null ? null : createRefresher(newViewer);
			if (!listening && adapterFactory instanceof IChangeNotifier notifier) {
				notifier.addListener(this);
				listening = true;
			}
		}
	}

	@Override
	public Object[] getElements(Object input) {
		if (adapterFactory.adapt(input, IStructuredItemContentProvider.class) instanceof IStructuredItemContentProvider
				provider) {
			return provider.getElements(input).toArray();
		}
		return getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		if (adapterFactory.adapt(parent, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.getChildren(parent).toArray();
		}
		return fallbackChildren(parent).toArray();
	}

	@Override
	public boolean hasChildren(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.hasChildren(element);
		}
		return !fallbackChildren(element).isEmpty();
	}

	@Override
	public Object getParent(Object element) {
		if (adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider provider) {
			return provider.getParent(element);
		}
		if (element instanceof EObject eObject) {
			return eObject.eContainer() != null ? eObject.eContainer() : eObject.eResource();
		}
		return element instanceof Resource resource ? resource.getResourceSet() : null;
	}

	/**
	 * Queues a viewer update for an {@link IViewerNotification}; other notifications are ignored. May be
	 * called on any thread.
	 */
	@Override
	public void notifyChanged(Notification notification) {
		UiBatcher<IViewerNotification> current = refresher;
		if (!disposed && current != null && notification instanceof IViewerNotification viewerNotification) {
			current.add(viewerNotification);
		}
	}

	/** Stops listening to the adapter factory and forgets the viewer. */
	@Override
	public void dispose() {
		disposed = true;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		viewer = null;
		refresher = null;
	}

	private UiBatcher<IViewerNotification> createRefresher(Viewer target) {
		Display display = target.getControl().getDisplay();
		return new UiBatcher<>(display, () -> !disposed && viewer == target,
				batch -> ViewerUpdates.apply(target, batch));
	}

	private static Collection<?> fallbackChildren(Object parent) {
		if (parent instanceof Resource resource) {
			return resource.getContents();
		}
		if (parent instanceof ResourceSet resourceSet) {
			return resourceSet.getResources();
		}
		if (parent instanceof Object[] array) {
			return Arrays.asList(array);
		}
		return parent instanceof Collection<?> collection ? collection : List.of();
	}
}
