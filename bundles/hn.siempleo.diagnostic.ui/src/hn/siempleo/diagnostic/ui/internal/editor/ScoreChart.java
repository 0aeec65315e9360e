// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import hn.siempleo.diagnostic.Score;
import hn.siempleo.diagnostic.Trend;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.logic.Assessments;

/**
 * A horizontal bar chart of scores on the maturity scale (0 to 4), drawn with SWT's GC: one row per dimension
 * (and the overall score), the diagnostic's bar in blue and, when comparing, the baseline's in grey below it,
 * the change written in the trend's colour.
 */
final class ScoreChart extends Canvas {

	/**
	 * One row of the chart.
	 *
	 * @param label the row's name
	 * @param current the diagnostic's score
	 * @param baseline the baseline's score, or null when not comparing
	 * @param trend the change, or null when not comparing
	 */
	record Bar(String label, Score current, Score baseline, Trend trend) {
	}

	private static final int BAR = 14;
	private static final int GAP = 10;
	private static final int AXIS = 18;
	private static final int LEGEND = 20;
	private static final int LABEL_WIDTH = 200;
	private static final int MIN_LABEL_WIDTH = 90;
	private static final int VALUE_WIDTH = 100;

	private List<Bar> bars = List.of();

	ScoreChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(event -> paint(event.gc));
	}

	/** Shows other rows. */
	void setBars(List<Bar> newBars) {
		bars = List.copyOf(newBars);
		redraw();
	}

	/** The rows shown. */
	List<Bar> bars() {
		return bars;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		int width = wHint == SWT.DEFAULT ? 560 : wHint;
		int height = hHint == SWT.DEFAULT ? AXIS + bars.size() * rowHeight() + LEGEND : hHint;
		return new Point(width, height);
	}

	private int rowHeight() {
		boolean comparing = bars.stream().anyMatch(bar -> bar.baseline() != null);
		return (comparing ? 2 * BAR + 2 : BAR) + GAP;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		// the names give way first when the chart is narrow: the scale stays whole
		int labelWidth = Math.min(LABEL_WIDTH, Math.max(MIN_LABEL_WIDTH, (area.width - VALUE_WIDTH) / 2));
		int plotLeft = labelWidth;
		int plotWidth = Math.max(60, area.width - labelWidth - VALUE_WIDTH);
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		for (int level = 0; level <= Assessments.MAX_LEVEL; level++) {
			int x = plotLeft + plotWidth * level / Assessments.MAX_LEVEL;
			gc.setForeground(ScoreColours.GRID);
			gc.drawLine(x, AXIS - 2, x, area.height - LEGEND);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			String number = Integer.toString(level);
			gc.drawString(number, x - gc.textExtent(number).x / 2, 0, true);
		}
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawString(shorten(gc, legend(), area.width), 0, area.height - LEGEND + 4, true);
		int y = AXIS;
		for (Bar bar : bars) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawString(shorten(gc, bar.label(), labelWidth - 8), 0, y, true);
			bar(gc, bar.current(), ScoreColours.CURRENT, plotLeft, plotWidth, y);
			if (bar.baseline() != null) {
				bar(gc, bar.baseline(), ScoreColours.BASELINE, plotLeft, plotWidth, y + BAR + 2);
			}
			if (bar.trend() != null && bar.trend() != Trend.NOT_COMPARABLE) {
				double delta = bar.current().value() - bar.baseline().value();
				gc.setForeground(ScoreColours.forTrend(bar.trend()));
				gc.drawString(String.format("%+.2f", delta), plotLeft + plotWidth + 48, y + BAR / 2, true); //$NON-NLS-1$
			}
			y += rowHeight();
		}
	}

	/** "1 Inicial · 2 En desarrollo · 3 Establecido · 4 Consolidado". */
	private static String legend() {
		StringBuilder text = new StringBuilder();
		for (int level = 1; level <= Assessments.MAX_LEVEL; level++) {
			text.append(level > 1 ? " \u00b7 " : "").append(Labels.level(level)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	private void bar(GC gc, Score score, org.eclipse.swt.graphics.Color colour, int left, int width, int y) {
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		if (score.isEmpty()) {
			gc.drawString(score.text(), left + 4, y, true);
			return;
		}
		int length = (int) Math.round(width * score.value() / Assessments.MAX_LEVEL);
		gc.setBackground(colour);
		gc.fillRectangle(left, y, length, BAR);
		gc.drawString(score.text(), left + length + 4, y, true);
	}

	private static String shorten(GC gc, String text, int width) {
		if (gc.textExtent(text).x <= width) {
			return text;
		}
		String shorter = text;
		while (shorter.length() > 1 && gc.textExtent(shorter + "\u2026").x > width) { //$NON-NLS-1$
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter + "\u2026"; //$NON-NLS-1$
	}
}
