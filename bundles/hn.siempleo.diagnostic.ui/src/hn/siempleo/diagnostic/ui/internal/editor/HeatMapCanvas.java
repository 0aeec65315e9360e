// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import hn.siempleo.diagnostic.HeatMap;
import hn.siempleo.diagnostic.Score;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Office;

/**
 * The office by dimension heat map of a national scan, drawn with SWT's GC: one row per office, one column per
 * dimension and the office's overall score, each cell coloured on the maturity scale with its score written in it;
 * grey where the office has no scan.
 */
final class HeatMapCanvas extends Canvas {

	private static final int ROW = 18;
	private static final int NAME_WIDTH = 200;
	private static final int CELL = 58;

	private HeatMap heatMap;

	HeatMapCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(event -> paint(event.gc));
	}

	/** Shows another heat map (null for none). */
	void setHeatMap(HeatMap map) {
		heatMap = map;
		redraw();
	}

	/** The heat map shown, or null. */
	HeatMap heatMap() {
		return heatMap;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int columns = heatMap == null ? 0 : heatMap.dimensions().size() + 1;
		int rows = heatMap == null ? 0 : heatMap.offices().size() + 1;
		return new Point(wHint == SWT.DEFAULT ? NAME_WIDTH + columns * CELL + 2 : wHint,
				hHint == SWT.DEFAULT ? rows * ROW + 2 : hHint);
	}

	private void paint(GC gc) {
		if (heatMap == null) {
			return;
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		gc.drawString(Messages.HeatMapCanvas_office, 2, 2, true);
		int x = NAME_WIDTH;
		for (Dimension dimension : heatMap.dimensions()) {
			centred(gc, dimension.getCode(), x, 0);
			x += CELL;
		}
		centred(gc, Messages.HeatMapCanvas_overall, x, 0);
		int y = ROW;
		for (Office office : heatMap.offices()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(shorten(gc, office.getCode() + "  " + office.getName(), NAME_WIDTH - 6), 2, y + 1, true); //$NON-NLS-1$
			x = NAME_WIDTH;
			for (Dimension dimension : heatMap.dimensions()) {
				cell(gc, heatMap.score(office, dimension), x, y);
				x += CELL;
			}
			cell(gc, heatMap.overall(office), x, y);
			y += ROW;
		}
	}

	private void cell(GC gc, Score score, int x, int y) {
		gc.setBackground(score.isEmpty() ? ScoreColours.EMPTY : ScoreColours.forScore(score.value()));
		gc.fillRectangle(x + 1, y + 1, CELL - 2, ROW - 2);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
		centred(gc, score.text(), x, y);
	}

	private static String shorten(GC gc, String text, int width) {
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter).x > width) {
			shorter = shorter.substring(0, shorter.length() - 2) + "\u2026"; //$NON-NLS-1$
		}
		return shorter;
	}

	private static void centred(GC gc, String text, int x, int y) {
		Point extent = gc.textExtent(text);
		gc.drawString(text, x + (CELL - extent.x) / 2, y + (ROW - extent.y) / 2, true);
	}
}
