// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemFontProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.junit.jupiter.api.Test;

/** Font and colour URIs of item providers, read as EMF's registries read them. */
class ItemUrisTest {

	private static final FontData BASE_FONT = new FontData("Sans", 10, SWT.NORMAL);

	@Test
	void emfFontConstantsKeepNameAndHeight() {
		assertEquals(new FontData("Sans", 10, SWT.BOLD), ItemUris.font(IItemFontProvider.BOLD_FONT, BASE_FONT));
		assertEquals(new FontData("Sans", 10, SWT.BOLD | SWT.ITALIC),
				ItemUris.font(IItemFontProvider.BOLD_ITALIC_FONT, BASE_FONT));
		assertEquals(new FontData("Sans", 10, SWT.NORMAL), ItemUris.font(IItemFontProvider.NORMAL_FONT, BASE_FONT));
	}

	@Test
	void fontUrisMayNameTheFontAndChangeTheHeight() {
		assertEquals(new FontData("Serif", 12, SWT.ITALIC),
				ItemUris.font(URI.createURI("font://Serif/+2/italic"), BASE_FONT));
		assertEquals(new FontData("Sans", 9, SWT.NORMAL), ItemUris.font(URI.createURI("font:///-1/"), BASE_FONT));
		assertEquals(new FontData("Sans", 14, SWT.NORMAL), ItemUris.font(URI.createURI("font:///14/"), BASE_FONT));
	}

	@Test
	void colourUrisInRgbAndHsb() {
		assertEquals(new RGB(10, 20, 30), ItemUris.color(URI.createURI("color://rgb/10/20/30"), new RGB(0, 0, 0)));
		assertEquals(new RGB(10, 255, 0), ItemUris.color(URI.createURI("color://rgb/+10/+300/"), new RGB(0, 0, 0)));
		assertEquals(new RGB(0f, 0f, 0.5f), ItemUris.color(IItemColorProvider.GRAYED_OUT_COLOR, new RGB(0, 0, 0)));
	}

	@Test
	void otherUrisGiveNull() {
		assertNull(ItemUris.font(URI.createURI("platform:/plugin/x/icon.gif"), BASE_FONT));
		assertNull(ItemUris.font(URI.createURI("font:///grande/bold"), BASE_FONT));
		assertNull(ItemUris.color(URI.createURI("color://cmyk/1/2/3"), new RGB(0, 0, 0)));
		assertNull(ItemUris.color(URI.createURI("color://rgb/1/2"), new RGB(0, 0, 0)));
	}
}
