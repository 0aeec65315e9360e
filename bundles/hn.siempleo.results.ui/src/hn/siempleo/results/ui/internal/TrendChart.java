// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.model.text.Formats;

/**
 * Draws the trend of an indicator with SWT's GC: the actual values of its periods as a line with points, the
 * targets as a dashed line; small (a sparkline in a table cell) or with the period labels and the last value.
 */
final class TrendChart {

	private TrendChart() {
	}

	/** The values to draw: actual and target per period, in order. */
	record Series(List<Period> periods, List<Double> actual, List<Double> target) {

		static Series of(Indicator indicator, Office office) {
			List<Period> periods = IndicatorResults.periods(indicator);
			List<Double> actual = new ArrayList<>();
			List<Double> target = new ArrayList<>();
			for (Period p : periods) {
				actual.add(IndicatorResults.actual(indicator, p, office));
				target.add(IndicatorResults.target(indicator, p, office));
			}
			return new Series(periods, actual, target);
		}

		boolean isEmpty() {
			return actual.stream().allMatch(v -> v == null);
		}
	}

	/** A sparkline in the given bounds. */
	static void sparkline(GC gc, Rectangle bounds, Series series) {
		draw(gc, new Rectangle(bounds.x + 3, bounds.y + 3, bounds.width - 6, bounds.height - 6), series, false);
	}

	/** A chart with labels in the given bounds. */
	static void chart(GC gc, Rectangle bounds, Series series) {
		if (series.isEmpty()) {
			gc.drawText(Messages.TrendChart_empty, bounds.x + 6, bounds.y + 6, true);
			return;
		}
		int labels = gc.getFontMetrics().getHeight() + 4;
		Rectangle plot = new Rectangle(bounds.x + 8, bounds.y + labels, bounds.width - 16, bounds.height - 2 * labels - 4);
		draw(gc, plot, series, true);
		int n = series.periods().size();
		for (int i = 0; i < n; i++) {
			if (n <= 12 || i % Math.max(1, n / 8) == 0) {
				String text = series.periods().get(i).shortLabel() + (n > 4 ? "" : ""); //$NON-NLS-1$
				gc.drawText(i == 0 || series.periods().get(i).index() <= 1 ? series.periods().get(i).label() : text,
						x(plot, i, n) - 8, plot.y + plot.height + 4, true);
			}
		}
		Double last = null;
		for (Double v : series.actual()) {
			last = v != null ? v : last;
		}
		gc.drawText(org.eclipse.osgi.util.NLS.bind(Messages.TrendChart_last, Formats.number(last)), bounds.x + 8,
				bounds.y + 2, true);
	}

	private static void draw(GC gc, Rectangle plot, Series series, boolean points) {
		int n = series.periods().size();
		double max = 0;
		double min = Double.MAX_VALUE;
		for (List<Double> values : List.of(series.actual(), series.target())) {
			for (Double v : values) {
				if (v != null) {
					max = Math.max(max, v);
					min = Math.min(min, v);
				}
			}
		}
		if (n == 0 || min == Double.MAX_VALUE) {
			return;
		}
		min = Math.min(0, min);
		double span = max - min == 0 ? 1 : max - min;
		gc.setAntialias(SWT.ON);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_DASH);
		gc.setForeground(ResultColors.TARGET);
		polyline(gc, plot, series.target(), n, min, span, false);
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(points ? 2 : 1);
		gc.setForeground(ResultColors.ACTUAL);
		gc.setBackground(ResultColors.ACTUAL);
		polyline(gc, plot, series.actual(), n, min, span, points);
	}

	private static void polyline(GC gc, Rectangle plot, List<Double> values, int n, double min, double span, boolean points) {
		int px = -1;
		int py = -1;
		for (int i = 0; i < n; i++) {
			Double v = values.get(i);
			if (v == null) {
				px = -1;
				continue;
			}
			int xx = x(plot, i, n);
			int yy = plot.y + plot.height - (int) Math.round((v - min) / span * plot.height);
			if (px >= 0) {
				gc.drawLine(px, py, xx, yy);
			}
			if (points) {
				gc.fillOval(xx - 3, yy - 3, 6, 6);
			} else if (n == 1) {
				gc.fillOval(xx - 2, yy - 2, 4, 4);
			}
			px = xx;
			py = yy;
		}
	}

	private static int x(Rectangle plot, int i, int n) {
		return n == 1 ? plot.x + plot.width / 2 : plot.x + (int) Math.round((double) i * plot.width / (n - 1));
	}
}
