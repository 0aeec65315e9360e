// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.jface.resource.DeviceResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.provider.SiempleoEditPlugin;
import hn.siempleo.tests.uikit.UiKit;

/** Item provider images, fonts and colours turned into SWT resources that die with their owner. */
class ItemResourcesTest {

	private final UiKit ui = UiKit.forWorkbench();
	private final URL office = (URL) SiempleoEditPlugin.INSTANCE.getImage("full/obj16/Office");
	private final URL workspace = (URL) SiempleoEditPlugin.INSTANCE.getImage("full/obj16/Workspace");

	@Test
	void urlImagesAreLoadedOnceAndFreedOnDispose() {
		ui.run(() -> {
			// a parent of our own, so that no shared cache keeps the images alive after dispose
			DeviceResourceManager parent = new DeviceResourceManager(ui.display());
			ItemResources resources = new ItemResources(parent);
			Image image = resources.image(office);
			assertNotNull(image);
			assertEquals(16, image.getBounds().width);
			assertSame(image, resources.image(office));
			Image composed = resources.image(new ComposedImage(List.of(workspace, office)));
			assertEquals(16, composed.getBounds().height);
			assertSame(composed, resources.image(new ComposedImage(List.of(workspace, office))));

			resources.dispose();
			assertTrue(image.isDisposed());
			assertTrue(composed.isDisposed());
			parent.dispose();
		});
	}

	@Test
	void fontAndColourUrisBecomeSwtResources() {
		ui.run(() -> {
			DeviceResourceManager parent = new DeviceResourceManager(ui.display());
			ItemResources resources = new ItemResources(parent);
			Font bold = resources.font(IItemFontProvider.BOLD_FONT);
			assertEquals(SWT.BOLD, bold.getFontData()[0].getStyle() & SWT.BOLD);
			Color grey = resources.color(IItemColorProvider.GRAYED_OUT_COLOR, true);
			assertNotNull(grey);
			assertNull(resources.color("no es un color", true));
			assertNull(resources.image(42));
			resources.dispose();
			assertTrue(bold.isDisposed());
			parent.dispose();
		});
	}
}
