// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.swt.graphics.Color;

import hn.siempleo.model.TrafficLight;

/** The colours of the semáforo: the one home for them (the tracker, the timeline, the Acciones list, results). */
public final class LightColours {

	private static final Color GREEN = new Color(165, 214, 167);
	private static final Color AMBER = new Color(255, 224, 130);
	private static final Color RED = new Color(239, 154, 154);
	private static final Color GREY = new Color(224, 224, 224);
	private static final Color BLUE = new Color(144, 202, 249);

	private LightColours() {
	}

	/** Green on track, amber at risk, red overdue, blue done, grey not started. */
	public static Color of(TrafficLight light) {
		return switch (light) {
			case ON_TRACK -> GREEN;
			case AT_RISK -> AMBER;
			case OVERDUE -> RED;
			case NOT_STARTED -> GREY;
			case DONE -> BLUE;
		};
	}
}
