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

	/** The fonts whose height is known (the grid's font and the bold one of group headings), and their heights. */
	private final Font[] fonts = new Font[2];
	private final int[] heights = new int[2];
	private int next;
	/** The fonts whose texts' widths are kept (the grid's and the bold one of group headings), and those widths. */
	private final Font[] widthFonts = new Font[2];
	@SuppressWarnings("unchecked")
	private final Map<String, Integer>[] widths = new Map[2];
	private int nextWidths;

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
		int fontHeight = fontHeight(gc);
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
		Map<String, Integer> known = widthsOf(gc.getFont());
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

	private Map<String, Integer> widthsOf(Font font) {
		for (int i = 0; i < widthFonts.length; i++) {
			if (widths[i] != null && widthFonts[i] == font && (font == null || !font.isDisposed())) {
				return widths[i];
			}
		}
		Map<String, Integer> known = new HashMap<>();
		widthFonts[nextWidths] = font;
		widths[nextWidths] = known;
		nextWidths = (nextWidths + 1) % widthFonts.length;
		return known;
	}

	/** The height of the GC's font, asked once per font. */
	private int fontHeight(GC gc) {
		Font font = gc.getFont();
		for (int i = 0; i < fonts.length; i++) {
			if (fonts[i] == font && !font.isDisposed()) {
				return heights[i];
			}
		}
		int height = gc.getFontMetrics().getHeight();
		fonts[next] = font;
		heights[next] = height;
		next = (next + 1) % fonts.length;
		return height;
	}
}
