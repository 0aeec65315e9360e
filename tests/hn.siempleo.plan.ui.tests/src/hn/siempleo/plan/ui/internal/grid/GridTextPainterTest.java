// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.ConfigRegistry;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.data.convert.DefaultDisplayConverter;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.painter.cell.BackgroundPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.ICellPainter;
import org.eclipse.nebula.widgets.nattable.painter.cell.TextPainter;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.junit.jupiter.api.Test;

import hn.siempleo.tests.uikit.UiKit;

/**
 * The grid's text painter keeps the widths it measured: they are Pango's, per font, also past the number it keeps,
 * and a text too wide for its cell is shortened exactly as NatTable's own painter shortens it. It keeps the texts it
 * drew shaped, and paints the same pixels as NatTable's own painter, from the first paint, from the shapes kept, past
 * the number it keeps and after it freed them, clipped to its cell as NatTable's painter clips it (a cell lower than
 * its text, a GC already clipped to the cell).
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

	@Test
	void paintsTheSamePixelsAsNatTablesPainter() {
		ui.run(() -> {
			List<String> texts = new ArrayList<>(TEXTS);
			texts.addAll(List.of("dos\nlíneas", "al final\n", "Señalización de oficinas", "AC-00042"));
			Cells cells = new Cells(texts, true);
			GridTextPainter painter = new GridTextPainter();
			TextPainter natTable = new TextPainter(false, false);
			// as the row numbers: NatTable's painter with its background, and the grid's in a background painter
			TextPainter natTableOnBackground = new TextPainter();
			BackgroundPainter onBackground = new BackgroundPainter(painter);
			try {
				for (int round = 0; round < 2; round++) {
					for (int row = 0; row < texts.size(); row++) {
						for (int width : new int[] { 24, 90, 180, 420 }) {
							String where = "«" + texts.get(row) + "» in " + width + " px, round " + round;
							assertArrayEquals(cells.paint(natTable, row, width), cells.paint(painter, row, width), where);
							assertArrayEquals(cells.paint(natTable, row, width, true), cells.paint(painter, row, width, true),
									"already clipped to the cell: " + where);
							assertArrayEquals(cells.paint(natTable, row, width, 9), cells.paint(painter, row, width, 9),
									"in a cell lower than the text: " + where);
							assertArrayEquals(cells.paint(natTableOnBackground, row, width),
									cells.paint(onBackground, row, width), "on its background: " + where);
						}
					}
				}
				int normal = cells.shaped(painter, 0);
				int bold = cells.shaped(painter, 1);
				assertTrue(normal > 5 && bold > 5, "texts kept shaped in each font: " + normal + ", " + bold);
				painter.dispose();
				assertEquals(0, cells.shaped(painter, 0), "freed");
				for (int row = 0; row < texts.size(); row++) {
					assertArrayEquals(cells.paint(natTable, row, 180), cells.paint(painter, row, 180), "after freeing");
				}
			} finally {
				painter.dispose();
				cells.dispose();
			}
		});
	}

	@Test
	void keepsAtMostTheNumberOfShapesAndPaintsRightPastIt() {
		ui.run(() -> {
			List<String> texts = new ArrayList<>();
			for (int i = 0; i < GridTextPainter.SHAPED + 20; i++) {
				texts.add("Acción " + i);
			}
			Cells cells = new Cells(texts, false);
			GridTextPainter painter = new GridTextPainter();
			TextPainter natTable = new TextPainter(false, false);
			try {
				cells.paint(painter, 0, 120);
				assertEquals(0, cells.shaped(painter, 0), "a text painted once is drawn as it was measured");
				// each text twice: kept shaped from its second paint
				for (int paint = 0; paint < 2; paint++) {
					for (int row = 0; row < texts.size(); row += 2) {
						cells.paint(painter, row, 120);
					}
					for (int row = 1; row < texts.size(); row += 2) {
						cells.paint(painter, row, 120);
					}
				}
				assertEquals(GridTextPainter.SHAPED, cells.shaped(painter, 0));
				for (int row : new int[] { 0, 1, texts.size() - 1 }) {
					assertArrayEquals(cells.paint(natTable, row, 120), cells.paint(painter, row, 120), texts.get(row));
				}
			} finally {
				painter.dispose();
				cells.dispose();
			}
		});
	}

	/**
	 * One column of texts as the grid's cells, on yellow, styled or not: odd rows in the bold font of group
	 * headings, every third row aligned to the right as numbers; each painted alone on white into an image of its
	 * own. UI thread only.
	 */
	private final class Cells {
		private final DataLayer layer;
		private final ConfigRegistry registry = new ConfigRegistry();

		private final boolean styled;

		Cells(List<String> texts, boolean styled) {
			this.styled = styled;
			layer = new DataLayer(new IDataProvider() {
				@Override
				public Object getDataValue(int columnIndex, int rowIndex) {
					return texts.get(rowIndex);
				}

				@Override
				public void setDataValue(int columnIndex, int rowIndex, Object newValue) {
					throw new UnsupportedOperationException();
				}

				@Override
				public int getColumnCount() {
					return 1;
				}

				@Override
				public int getRowCount() {
					return texts.size();
				}
			});
			layer.setConfigLabelAccumulator((labels, column, row) -> {
				if (styled && row % 2 == 1) {
					labels.addLabel("BOLD");
				}
				if (styled && row % 3 == 0) {
					labels.addLabel("RIGHT");
				}
			});
			registry.registerConfigAttribute(CellConfigAttributes.DISPLAY_CONVERTER, new DefaultDisplayConverter());
			Style normal = new Style();
			normal.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getDefaultFont());
			normal.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, ui.display().getSystemColor(SWT.COLOR_YELLOW));
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, normal);
			Style bold = new Style();
			bold.setAttributeValue(CellStyleAttributes.FONT, JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, bold, DisplayMode.NORMAL, "BOLD");
			Style right = new Style();
			right.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.RIGHT);
			registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, right, DisplayMode.NORMAL, "RIGHT");
		}

		/** The pixels of a row's cell painted by a painter in a cell of a width. */
		int[] paint(ICellPainter painter, int row, int width) {
			return paint(painter, row, width, false, 22);
		}

		/** The pixels of a row's cell painted by a painter in a cell of a width and a height. */
		int[] paint(ICellPainter painter, int row, int width, int height) {
			return paint(painter, row, width, false, height);
		}

		/** The pixels of a row's cell painted by a painter in a cell of a width, the GC clipped to it or not. */
		int[] paint(ICellPainter painter, int row, int width, boolean clipped) {
			return paint(painter, row, width, clipped, 22);
		}

		/**
		 * The pixels of a row's cell painted by a painter in a cell of a width and a height, the GC clipped to the
		 * cell first or not (NatTable's layer painter clips it).
		 */
		int[] paint(ICellPainter painter, int row, int width, boolean clipped, int height) {
			Image image = new Image(ui.display(), width + 10, 30);
			GC gc = new GC(image);
			try {
				gc.setBackground(ui.display().getSystemColor(SWT.COLOR_WHITE));
				gc.fillRectangle(0, 0, width + 10, 30);
				Rectangle cell = new Rectangle(5, 3, width, height);
				if (clipped) {
					gc.setClipping(cell);
				}
				painter.paintCell(layer.getCellByPosition(0, row), gc, cell, registry);
			} finally {
				gc.dispose();
			}
			ImageData data = image.getImageData();
			image.dispose();
			int[] pixels = new int[data.width * data.height];
			for (int y = 0; y < data.height; y++) {
				data.getPixels(0, y, data.width, pixels, y * data.width);
			}
			return pixels;
		}

		/** How many texts a painter keeps shaped in the font of a row. */
		int shaped(GridTextPainter painter, int row) {
			Image image = new Image(ui.display(), 1, 1);
			GC gc = new GC(image);
			try {
				gc.setFont(styled && row % 2 == 1 ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT)
						: JFaceResources.getDefaultFont());
				return painter.shapedCount(gc);
			} finally {
				gc.dispose();
				image.dispose();
			}
		}

		void dispose() {
			layer.dispose();
		}
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
