// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.CompositeImageDescriptor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.swt.graphics.Point;

/**
 * Draws an EMF {@link ComposedImage} (an icon with overlays) from descriptors of its parts, letting the
 * composed image decide the size and where each part goes. Equal when the composed images are equal, so a
 * resource manager shares one SWT image among equal compositions.
 */
final class ComposedImageDescriptor extends CompositeImageDescriptor {

	private final ComposedImage composed;
	private final List<ImageDescriptor> parts;

	/**
	 * @param composed the composition
	 * @param parts one descriptor per image of the composition, in the same order
	 */
	ComposedImageDescriptor(ComposedImage composed, List<ImageDescriptor> parts) {
		this.composed = composed;
		this.parts = List.copyOf(parts);
	}

	@Override
	protected Point getSize() {
		List<ComposedImage.Size> sizes = new ArrayList<>();
		for (ImageDescriptor part : parts) {
			CachedImageDataProvider data = createCachedImageDataProvider(part);
			ComposedImage.Size size = new ComposedImage.Size();
			size.width = data.getWidth();
			size.height = data.getHeight();
			sizes.add(size);
		}
		ComposedImage.Size total = composed.getSize(sizes);
		return new Point(total.width, total.height);
	}

	@Override
	protected void drawCompositeImage(int width, int height) {
		// getDrawPoints may use the part sizes that getSize(), called just before by getImageData, recorded
		ComposedImage.Size size = new ComposedImage.Size();
		size.width = width;
		size.height = height;
		Iterator<ImageDescriptor> part = parts.iterator();
		for (ComposedImage.Point point : composed.getDrawPoints(size)) {
			if (!part.hasNext()) {
				break;
			}
			drawImage(createCachedImageDataProvider(part.next()), point.x, point.y);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ComposedImageDescriptor that && composed.equals(that.composed);
	}

	@Override
	public int hashCode() {
		return composed.hashCode();
	}
}
