// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITableItemLabelProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.IFontProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.ILabelProviderListener;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProviderChangedEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import hn.siempleo.ui.emf.internal.ItemResources;
import hn.siempleo.ui.emf.internal.UiBatcher;

/**
 * A label provider for any structured viewer that asks the item providers of an {@link AdapterFactory}:
 * text and image from {@link IItemLabelProvider} (per column from {@link ITableItemLabelProvider} when the
 * item provider offers it), font from {@link IItemFontProvider}, colours from {@link IItemColorProvider}.
 * <p>
 * Item provider images ({@link java.net.URL}s, {@code ComposedImage}s) become SWT images cached in a local
 * resource manager, freed by {@link #dispose()}; so are fonts and colours given as URIs. Elements without
 * item provider are shown by {@link String#valueOf(Object)} (a resource by its URI) and without image.
 * <p>
 * When the factory is an {@link IChangeNotifier}, the provider listens to it from the first listener added
 * on a UI thread (a viewer adds one in {@code setLabelProvider}) until {@link #dispose()}, and fires a
 * {@link LabelProviderChangedEvent} for the elements of each {@link IViewerNotification} that asks for a
 * label update: once per burst, on that listener's UI thread. Other methods are
 * called by the viewer on the UI thread.
 */
public class AdapterFactoryLabelProvider extends BaseLabelProvider
		implements ILabelProvider, ITableLabelProvider, IFontProvider, IColorProvider, INotifyChangedListener {

	private final AdapterFactory adapterFactory;
	private ItemResources resources;
	private volatile UiBatcher<Object> labelEvents;
	private volatile boolean disposed;

	/**
	 * @param adapterFactory the factory of item providers, not null; not disposed by this provider
	 */
	public AdapterFactoryLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	/** The factory this provider adapts elements with. */
	public AdapterFactory getAdapterFactory() {
		return adapterFactory;
	}

	@Override
	public String getText(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return provider.getText(element);
		}
		if (element instanceof Resource resource && resource.getURI() != null) {
			return resource.getURI().toString();
		}
		return element == null ? "" : String.valueOf(element); //$NON-NLS-1$
	}

	@Override
	public Image getImage(Object element) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider provider) {
			return image(provider.getImage(element));
		}
		return null;
	}

	@Override
	public String getColumnText(Object element, int columnIndex) {
		if (adapterFactory.adapt(element, ITableItemLabelProvider.class) instanceof ITableItemLabelProvider provider) {
			return provider.getColumnText(element, columnIndex);
		}
		return getText(element);
	}

	@Override
	public Image getColumnImage(Object element, int columnIndex) {
		if (adapterFactory.adapt(element, ITableItemLabelProvider.class) instanceof ITableItemLabelProvider provider) {
			return image(provider.getColumnImage(element, columnIndex));
		}
		return getImage(element);
	}

	@Override
	public Font getFont(Object element) {
		if (adapterFactory.adapt(element, IItemFontProvider.class) instanceof IItemFontProvider provider) {
			return font(provider.getFont(element));
		}
		return null;
	}

	@Override
	public Color getForeground(Object element) {
		if (adapterFactory.adapt(element, IItemColorProvider.class) instanceof IItemColorProvider provider) {
			return color(provider.getForeground(element), true);
		}
		return null;
	}

	@Override
	public Color getBackground(Object element) {
		if (adapterFactory.adapt(element, IItemColorProvider.class) instanceof IItemColorProvider provider) {
			return color(provider.getBackground(element), false);
		}
		return null;
	}

	/** Adds a listener; the first one added on a UI thread fixes the thread label events are fired on. */
	@Override
	public void addListener(ILabelProviderListener listener) {
		super.addListener(listener);
		Display display = Display.getCurrent();
		if (labelEvents == null && display != null && !disposed) {
			labelEvents = new UiBatcher<>(display, () -> !disposed, this::fireLabelsChanged);
			if (adapterFactory instanceof IChangeNotifier notifier) {
				notifier.addListener(this);
			}
		}
	}

	/** Queues a label event for a label-update {@link IViewerNotification}. May be called on any thread. */
	@Override
	public void notifyChanged(Notification notification) {
		UiBatcher<Object> events = labelEvents;
		if (!disposed && events != null && notification instanceof IViewerNotification viewerNotification
				&& viewerNotification.isLabelUpdate()) {
			events.add(viewerNotification.getElement() != null ? viewerNotification.getElement() : this);
		}
	}

	/** Stops listening to the adapter factory and frees the images, fonts and colours it created. */
	@Override
	public void dispose() {
		disposed = true;
		if (adapterFactory instanceof IChangeNotifier notifier) {
			notifier.removeListener(this);
		}
		if (resources != null) {
			resources.dispose();
			resources = null;
		}
		super.dispose();
	}

	private Image image(Object itemImage) {
		return itemImage == null || disposed ? null : resources().image(itemImage);
	}

	private Font font(Object itemFont) {
		return itemFont == null || disposed ? null : resources().font(itemFont);
	}

	private Color color(Object itemColor, boolean foreground) {
		return itemColor == null || disposed ? null : resources().color(itemColor, foreground);
	}

	private ItemResources resources() {
		if (resources == null) {
			resources = new ItemResources();
		}
		return resources;
	}

	private void fireLabelsChanged(List<Object> elements) {
		Set<Object> distinct = new LinkedHashSet<>(elements);
		if (distinct.contains(this)) {
			// a notification without element: every label may have changed
			fireLabelProviderChanged(new LabelProviderChangedEvent(this));
		} else {
			fireLabelProviderChanged(new LabelProviderChangedEvent(this, distinct.toArray()));
		}
	}
}
