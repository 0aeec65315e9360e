// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import hn.siempleo.results.ResultLight;

/** The semáforo colours of results cells (soft backgrounds a text stays readable on) and of the trend chart. */
final class ResultColors {

	private static final Color ON_TARGET = new Color(new RGB(198, 239, 206));
	private static final Color NEAR_TARGET = new Color(new RGB(255, 235, 156));
	private static final Color OFF_TARGET = new Color(new RGB(255, 199, 206));
	/** The line of actual values. */
	static final Color ACTUAL = new Color(new RGB(0, 94, 160));
	/** The line of targets. */
	static final Color TARGET = new Color(new RGB(120, 120, 120));
	/** Messages about a refused value. */
	static final Color ERROR = new Color(new RGB(176, 0, 32));

	private ResultColors() {
	}

	/** The background of a cell with this light; null (the table's own) without data. */
	static Color background(ResultLight light) {
		return switch (light) {
		case ON_TARGET -> ON_TARGET;
		case NEAR_TARGET -> NEAR_TARGET;
		case OFF_TARGET -> OFF_TARGET;
		case NO_DATA -> null;
		};
	}
}
