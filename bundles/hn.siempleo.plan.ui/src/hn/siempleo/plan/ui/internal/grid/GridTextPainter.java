// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleUtil;
import org.eclipse.nebula.widgets.nattable.style.IStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * NatTable's text painter for the grid's body cells (one line of text, no wrapping, no underline), drawing the
 * same text at the same place, but asking the font's height once per font instead of once per cell: on GTK
 * {@code GC.getFontMetrics()} costs Pango a metrics computation each time, about half of what painting a cell's
 * text took (a flight recording of the grid's paint). Anything else (several lines, wrapping, decorations)
 * is painted by NatTable's own code. Paints no background: wrap it in a {@code BackgroundPainter}.
 * <p>
 * It also keeps the widths of the texts it measured, per font: NatTable measures each text up to three times per
 * paint, and a text too wide for its cell several times more (shortened until it fits with its ellipsis), each time
 * through Pango; its own cache builds a key string per call and is emptied by every garbage collection (weak keys
 * that nothing else holds).
 */
final class GridTextPainter extends TextPainter {

	/** What is known of the fonts painted with (the grid's font and the bold one of group headings). */
	private final Measures[] measures = new Measures[2];
	private int next;

	/** Texts whose width is kept per font; past that, the widths are forgotten and measured again as needed. */
	static final int WIDTHS = 20_000;

	GridTextPainter() {
		super(false, false);
	}

	@Override
	public void paintCell(ILayerCell cell, GC gc, Rectangle rectangle, IConfigRegistry configRegistry) {
		if (!paintFg) {
			return;
		}
		if (wrapText || wordWrapping || calculateByTextHeight || calculateByTextLength) {
			super.paintCell(cell, gc, rectangle, configRegistry);
			return;
		}
		IStyle cellStyle = CellStyleUtil.getCellStyle(cell, configRegistry);
		String converted = convertDataType(cell, configRegistry);
		if (renderUnderlined(cellStyle) || renderStrikethrough(cellStyle) || getNumberOfNewLines(converted) != 1) {
			super.paintCell(cell, gc, rectangle, configRegistry);
			return;
		}
		Rectangle originalClipping = gc.getClipping();
		gc.setClipping(rectangle.intersection(originalClipping));
		setupGCFromConfig(gc, cellStyle);
		int fontHeight = measures(gc).height;
		String text = textToDisplay(cell, gc, rectangle.width, converted);
		if (getNumberOfNewLines(text) == 1) {
			int contentHeight = fontHeight + spacing * 2;
			int contentWidth = Math.min(getLengthFromCache(gc, text), rectangle.width);
			gc.drawText(text,
					rectangle.x + CellStyleUtil.getHorizontalAlignmentPadding(cellStyle, rectangle, contentWidth) + spacing,
					rectangle.y + CellStyleUtil.getVerticalAlignmentPadding(cellStyle, rectangle, contentHeight) + spacing,
					SWT.DRAW_TRANSPARENT | SWT.DRAW_DELIMITER | SWT.DRAW_TAB);
			gc.setClipping(originalClipping);
			resetGC(gc);
		} else {
			gc.setClipping(originalClipping);
			resetGC(gc);
			super.paintCell(cell, gc, rectangle, configRegistry);
		}
	}

	/**
	 * The text shown in a cell of a width: the text, or as much of it as fits with an ellipsis (NatTable's rule, with
	 * this painter's widths).
	 */
	String textToDisplay(ILayerCell cell, GC gc, int width, String text) {
		return getTextToDisplay(cell, gc, width, text);
	}

	/** The width of a text in the GC's font, as {@code GC.textExtent} measures it, measured once while it is kept. */
	@Override
	protected int getLengthFromCache(GC gc, String text) {
		Map<String, Integer> known = measures(gc).widths;
		Integer width = known.get(text);
		if (width == null) {
			if (known.size() >= WIDTHS) {
				known.clear();
			}
			width = gc.textExtent(text).x;
			known.put(text, width);
		}
		return width;
	}

	/** What is known of the GC's font: its height, asked once, and the widths of the texts measured in it. */
	private Measures measures(GC gc) {
		Font font = gc.getFont();
		for (Measures known : measures) {
			if (known != null && known.font == font && !font.isDisposed()) {
				return known;
			}
		}
		Measures known = new Measures(font, gc.getFontMetrics().getHeight());
		measures[next] = known;
		next = (next + 1) % measures.length;
		return known;
	}

	/** A font's height and the widths of texts in it. */
	private static final class Measures {
		final Font font;
		final int height;
		final Map<String, Integer> widths = new HashMap<>();

		Measures(Font font, int height) {
			this.font = font;
			this.height = height;
		}
	}
}
