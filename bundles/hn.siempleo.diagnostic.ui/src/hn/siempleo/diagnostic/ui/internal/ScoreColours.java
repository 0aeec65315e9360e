// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import hn.siempleo.diagnostic.Trend;

/**
 * The diagnostic editor's colours, in one place: the maturity scale from red (Inicial) to green (Consolidado),
 * the trends of a comparison, unanswered criteria. Colours hold no system resources (SWT 3.118 and later).
 */
public final class ScoreColours {

	/** Background of unanswered criteria. */
	public static final Color UNANSWERED = new Color(new RGB(255, 236, 179));
	/** Bars of the diagnostic shown. */
	public static final Color CURRENT = new Color(new RGB(33, 102, 172));
	/** Bars of the baseline. */
	public static final Color BASELINE = new Color(new RGB(170, 178, 189));
	/** Cells without a score. */
	public static final Color EMPTY = new Color(new RGB(236, 236, 236));
	/** Grid lines. */
	public static final Color GRID = new Color(new RGB(210, 210, 210));

	private static final RGB[] SCALE = { new RGB(214, 69, 65), new RGB(242, 153, 74), new RGB(242, 201, 76),
			new RGB(111, 176, 94) };
	private static final Color BETTER = new Color(new RGB(46, 125, 50));
	private static final Color SAME = new Color(new RGB(97, 97, 97));
	private static final Color WORSE = new Color(new RGB(198, 40, 40));

	private ScoreColours() {
	}

	/** The colour of a score between 1 and 4, interpolated between the levels. */
	public static Color forScore(double score) {
		double clamped = Math.max(1, Math.min(4, score));
		int low = (int) Math.floor(clamped) - 1;
		int high = Math.min(3, low + 1);
		double share = clamped - 1 - low;
		RGB a = SCALE[low];
		RGB b = SCALE[high];
		return new Color(new RGB(mix(a.red, b.red, share), mix(a.green, b.green, share), mix(a.blue, b.blue, share)));
	}

	/** The colour of a trend (better green, same grey, worse red). */
	public static Color forTrend(Trend trend) {
		return switch (trend) {
			case BETTER -> BETTER;
			case WORSE -> WORSE;
			default -> SAME;
		};
	}

	private static int mix(int a, int b, double share) {
		return (int) Math.round(a + (b - a) * share);
	}
}
