// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

import hn.siempleo.model.TrafficLight;
import hn.siempleo.results.ResultLight;
import hn.siempleo.ui.LightColours;

/** The semáforo of results cells in the workbench's colours (green, amber, red), and the trend chart's lines. */
final class ResultColors {

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
		case ON_TARGET -> LightColours.of(TrafficLight.ON_TRACK);
		case NEAR_TARGET -> LightColours.of(TrafficLight.AT_RISK);
		case OFF_TARGET -> LightColours.of(TrafficLight.OVERDUE);
		case NO_DATA -> null;
		};
	}
}
