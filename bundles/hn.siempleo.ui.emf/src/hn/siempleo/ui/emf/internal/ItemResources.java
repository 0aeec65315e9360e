// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.DeviceResourceException;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;

/**
 * Turns what item providers answer for images, fonts and colours into SWT resources, allocated in a local
 * resource manager that {@link #dispose()} frees. Images may be {@link URL}s, EMF {@link URI}s,
 * {@link ComposedImage}s, {@link ImageDescriptor}s or {@link Image}s; fonts and colours may be SWT objects
 * or the URIs described in {@link ItemUris}. Anything else gives null. Use on the UI thread only.
 */
public final class ItemResources {

	private final LocalResourceManager manager;

	/** A manager below the display's JFace resources; must be created on the UI thread. */
	public ItemResources() {
		this(JFaceResources.getResources());
	}

	ItemResources(ResourceManager parent) {
		manager = new LocalResourceManager(parent);
	}

	/** The SWT image for an item provider's image object, or null when there is none or it cannot load. */
	public Image image(Object itemImage) {
		if (itemImage instanceof Image image) {
			return image;
		}
		ImageDescriptor descriptor = descriptor(itemImage);
		if (descriptor == null) {
			return null;
		}
		try {
			return manager.create(descriptor);
		} catch (DeviceResourceException e) {
			return null;
		}
	}

	/** The SWT font for an item provider's font object, derived from the default font; or null. */
	public Font font(Object itemFont) {
		if (itemFont instanceof Font font) {
			return font;
		}
		FontData data = null;
		if (itemFont instanceof FontData given) {
			data = given;
		} else if (itemFont instanceof URI uri) {
			data = ItemUris.font(uri, JFaceResources.getDefaultFont().getFontData()[0]);
		}
		return data == null ? null : manager.create(FontDescriptor.createFrom(data));
	}

	/**
	 * The SWT colour for an item provider's colour object, or null.
	 *
	 * @param foreground whether relative URIs start from the list foreground (else the list background)
	 */
	public Color color(Object itemColor, boolean foreground) {
		if (itemColor instanceof Color color) {
			return color;
		}
		RGB rgb = null;
		if (itemColor instanceof RGB given) {
			rgb = given;
		} else if (itemColor instanceof URI uri) {
			int base = foreground ? SWT.COLOR_LIST_FOREGROUND : SWT.COLOR_LIST_BACKGROUND;
			rgb = ItemUris.color(uri, manager.getDevice().getSystemColor(base).getRGB());
		}
		return rgb == null ? null : manager.create(ColorDescriptor.createFrom(rgb));
	}

	/** Frees every resource this object allocated; the object must not be used afterwards. */
	public void dispose() {
		manager.dispose();
	}

	/** An image descriptor for an item provider's image object, or null when the kind is unknown. */
	public static ImageDescriptor descriptor(Object itemImage) {
		if (itemImage instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (itemImage instanceof Image image) {
			return ImageDescriptor.createFromImage(image);
		}
		if (itemImage instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (itemImage instanceof URI uri) {
			try {
				return ImageDescriptor.createFromURL(java.net.URI.create(uri.toString()).toURL());
			} catch (IllegalArgumentException | MalformedURLException e) {
				return null;
			}
		}
		if (itemImage instanceof ComposedImage composed) {
			List<ImageDescriptor> parts = new ArrayList<>();
			for (Object part : composed.getImages()) {
				ImageDescriptor descriptor = descriptor(part);
				parts.add(descriptor != null ? descriptor : ImageDescriptor.getMissingImageDescriptor());
			}
			return new ComposedImageDescriptor(composed, parts);
		}
		return null;
	}
}
