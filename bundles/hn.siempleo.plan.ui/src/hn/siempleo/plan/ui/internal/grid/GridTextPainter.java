// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.eclipse.swt.graphics.TextLayout;

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
 * <p>
 * And it keeps the texts it drew, shaped: {@code GC.drawText} has Pango shape the text (fonts, glyphs, positions)
 * on every call, a third of the grid's paint, though most cells show texts already shown (a status, an office, a
 * date). A text is drawn again from its {@link TextLayout}, which draws the same pixels as {@code drawText} with
 * the GC's default anti-aliasing; a text with a tab or a line break, or drawn with other anti-aliasing, is drawn by
 * {@code drawText}. A text new to the painter is not shaped twice: the GC shaped it to measure it, and draws it
 * from there ({@code GC} keeps the last string it measured shaped); it is kept shaped from its next paint, so
 * texts shown once (rows scrolled past) are never kept. UI thread only; {@link #dispose()} frees the shaped
 * texts.
 */
final class GridTextPainter extends TextPainter {

	/**
	 * What is known of the fonts painted with (the grid's font, the bold one of group headings, the row numbers'),
	 * with room for one more.
	 */
	private final Measures[] measures = new Measures[4];
	private int next;

	/** Texts whose width is kept per font; past that, the widths are forgotten and measured again as needed. */
	static final int WIDTHS = 20_000;
	/** Texts kept shaped per font (a few screens of the grid); past that, the least recently drawn is freed. */
	static final int SHAPED = 2_048;

	private static final int FLAGS = SWT.DRAW_TRANSPARENT | SWT.DRAW_DELIMITER | SWT.DRAW_TAB;

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
		if (renderUnderlined(cellStyle) || renderStrikethrough(cellStyle) || !oneLine(converted)) {
			super.paintCell(cell, gc, rectangle, configRegistry);
			return;
		}
		Rectangle originalClipping = gc.getClipping();
		gc.setClipping(rectangle.intersection(originalClipping));
		setupGCFromConfig(gc, cellStyle);
		Measures measures = measures(gc);
		String text = textToDisplay(cell, gc, rectangle.width, converted);
		if (oneLine(text)) {
			int contentHeight = measures.height + spacing * 2;
			int contentWidth = Math.min(getLengthFromCache(gc, text), rectangle.width);
			draw(gc, measures, text,
					rectangle.x + CellStyleUtil.getHorizontalAlignmentPadding(cellStyle, rectangle, contentWidth) + spacing,
					rectangle.y + CellStyleUtil.getVerticalAlignmentPadding(cellStyle, rectangle, contentHeight) + spacing);
			gc.setClipping(originalClipping);
			resetGC(gc);
		} else {
			gc.setClipping(originalClipping);
			resetGC(gc);
			super.paintCell(cell, gc, rectangle, configRegistry);
		}
	}

	/** Frees the shaped texts; a later paint shapes them again. */
	void dispose() {
		for (int i = 0; i < measures.length; i++) {
			if (measures[i] != null) {
				measures[i].dispose();
				measures[i] = null;
			}
		}
	}

	/** How many texts are kept shaped in the GC's font (for tests). */
	int shapedCount(GC gc) {
		return measures(gc).shaped.size();
	}

	/**
	 * Draws a text of one line as {@code gc.drawText} with the painter's flags draws it: from its shape when kept;
	 * by the GC when it was measured just before; otherwise shaped once and kept.
	 */
	private static void draw(GC gc, Measures measures, String text, int x, int y) {
		if (text.isEmpty() || text.indexOf('\t') >= 0 || hasLineBreak(text) || gc.getTextAntialias() != SWT.DEFAULT) {
			gc.drawText(text, x, y, FLAGS);
			return;
		}
		TextLayout shape = measures.shaped.get(text);
		if (shape == null && text.equals(measures.measured)) {
			// measured just now: the GC still holds it shaped for that string, which drawText then draws as it is
			gc.drawText(measures.measured, x, y, FLAGS);
			measures.measured = null;
			return;
		}
		if (shape == null) {
			shape = new TextLayout(gc.getDevice());
			shape.setFont(measures.font);
			shape.setText(text);
			measures.shaped.put(text, shape);
		}
		shape.draw(gc, x, y);
	}

	/**
	 * Whether a text is one line, as NatTable counts lines (line breaks at its end do not count); without a line
	 * break, as nearly every cell's, it does not run NatTable's regular expression.
	 */
	private boolean oneLine(String text) {
		return !hasLineBreak(text) || getNumberOfNewLines(text) == 1;
	}

	private static boolean hasLineBreak(String text) {
		return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
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
		Measures measures = measures(gc);
		Map<String, Integer> known = measures.widths;
		Integer width = known.get(text);
		if (width == null) {
			if (known.size() >= WIDTHS) {
				known.clear();
			}
			width = gc.textExtent(text).x;
			known.put(text, width);
			measures.measured = text;
		}
		return width;
	}

	/**
	 * What is known of the GC's font: its height, asked once, the widths of the texts measured in it and the texts
	 * shaped in it.
	 */
	private Measures measures(GC gc) {
		Font font = gc.getFont();
		for (int i = 0; i < measures.length; i++) {
			Measures known = measures[i];
			if (known != null && known.font == font) {
				if (!font.isDisposed()) {
					return known;
				}
				known.dispose();
				measures[i] = null;
			}
		}
		Measures known = new Measures(font, gc.getFontMetrics().getHeight());
		if (measures[next] != null) {
			measures[next].dispose();
		}
		measures[next] = known;
		next = (next + 1) % measures.length;
		return known;
	}

	/** A font's height, the widths of texts in it and the texts shaped in it (least recently drawn first). */
	private static final class Measures {
		final Font font;
		final int height;
		final Map<String, Integer> widths = new HashMap<>();
		/** The string last measured in the font, which the GC keeps shaped until it measures or draws another. */
		String measured;
		final Map<String, TextLayout> shaped = new LinkedHashMap<>(256, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, TextLayout> eldest) {
				if (size() > SHAPED) {
					eldest.getValue().dispose();
					return true;
				}
				return false;
			}
		};

		Measures(Font font, int height) {
			this.font = font;
			this.height = height;
		}

		void dispose() {
			shaped.values().forEach(TextLayout::dispose);
			shaped.clear();
		}
	}
}
