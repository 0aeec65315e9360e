// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.TrafficLight;

/** Spanish names of the enumerations the dashboard shows (singular, as in a table cell). */
public final class Labels {

	private Labels() {
	}

	/** E.g. "En proceso"; "" for null. */
	public static String status(ActionStatus status) {
		if (status == null) {
			return "";
		}
		return switch (status) {
			case NOT_STARTED -> Messages.Labels_statusNotStarted;
			case IN_PROGRESS -> Messages.Labels_statusInProgress;
			case DONE -> Messages.Labels_statusDone;
			case CANCELLED -> Messages.Labels_statusCancelled;
		};
	}

	/** E.g. "En riesgo"; "" for null. */
	public static String trafficLight(TrafficLight light) {
		if (light == null) {
			return "";
		}
		return switch (light) {
			case NOT_STARTED -> Messages.Labels_lightNotStarted;
			case ON_TRACK -> Messages.Labels_lightOnTrack;
			case AT_RISK -> Messages.Labels_lightAtRisk;
			case OVERDUE -> Messages.Labels_lightOverdue;
			case DONE -> Messages.Labels_lightDone;
		};
	}
}
