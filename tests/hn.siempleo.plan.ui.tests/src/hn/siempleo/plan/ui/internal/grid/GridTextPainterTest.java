// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.junit.jupiter.api.Test;

import hn.siempleo.tests.uikit.UiKit;

/**
 * The grid's text painter keeps the widths it measured: they are Pango's, per font, also past the number it keeps,
 * and a text too wide for its cell is shortened exactly as NatTable's own painter shortens it.
 */
class GridTextPainterTest {

	private static final List<String> TEXTS = List.of("", "AC-00042", "Capacitar orientadores en atención al público",
			"Señalización de oficinas: Tegucigalpa, San Pedro Sula, La Ceiba y Choluteca", "a\tb", "   con blancos   ",
			"1.234.567,89", "Ñandú ÁÉÍÓÚ äëïöü ç");

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void widthsArePangosInEachFont() {
		withGc(gc -> {
			GridTextPainter painter = new GridTextPainter();
			Font normal = JFaceResources.getDefaultFont();
			Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
			for (int round = 0; round < 2; round++) {
				for (Font font : List.of(normal, bold)) {
					gc.setFont(font);
					for (String text : TEXTS) {
						assertEquals(gc.textExtent(text).x, painter.getLengthFromCache(gc, text), text + " in " + font);
					}
				}
			}
			String title = TEXTS.get(3);
			gc.setFont(normal);
			int inNormal = painter.getLengthFromCache(gc, title);
			gc.setFont(bold);
			assertNotEquals(inNormal, painter.getLengthFromCache(gc, title), "each font its own width");
		});
	}

	@Test
	void widthsStayRightPastTheNumberKept() {
		withGc(gc -> {
			gc.setFont(JFaceResources.getDefaultFont());
			GridTextPainter painter = new GridTextPainter();
			List<String> texts = new ArrayList<>();
			for (int i = 0; i <= GridTextPainter.WIDTHS + 10; i++) {
				texts.add("Acción " + "W".repeat(i % 7) + i);
			}
			for (String text : texts) {
				painter.getLengthFromCache(gc, text);
			}
			for (String text : List.of(texts.get(0), texts.get(GridTextPainter.WIDTHS), texts.get(texts.size() - 1))) {
				assertEquals(gc.textExtent(text).x, painter.getLengthFromCache(gc, text), text);
			}
		});
	}

	@Test
	void aTextTooWideIsShortenedAsNatTableShortensIt() {
		withGc(gc -> {
			gc.setFont(JFaceResources.getDefaultFont());
			GridTextPainter painter = new GridTextPainter();
			NatTablePainter natTable = new NatTablePainter();
			int shortened = 0;
			for (int round = 0; round < 2; round++) {
				for (String text : TEXTS) {
					for (int width = 0; width <= 420; width += 7) {
						String expected = natTable.shown(gc, width, text);
						assertEquals(expected, painter.textToDisplay(null, gc, width, text), text + " in " + width + " px");
						if (expected.endsWith("...") && !text.endsWith("...")) {
							shortened++;
						}
					}
				}
			}
			assertTrue(shortened > 50, "texts were shortened: " + shortened);
		});
	}

	/** Runs on the UI thread with a GC on an image of its own, disposed after. */
	private void withGc(Consumer<GC> test) {
		ui.run(() -> {
			Image image = new Image(ui.display(), 50, 50);
			GC gc = new GC(image);
			try {
				test.accept(gc);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
	}

	/** NatTable's own text painter, as the grid's is configured (one line, no background). */
	private static final class NatTablePainter extends TextPainter {
		NatTablePainter() {
			super(false, false);
		}

		String shown(GC gc, int width, String text) {
			ILayerCell none = null;
			return getTextToDisplay(none, gc, width, text);
		}
	}
}
