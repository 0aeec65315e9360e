// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard;

/** Identifiers of the dashboard's views, for perspectives and for code that shows them. */
public final class DashboardIds {

	/** The Inicio dashboard: the key figures of the open plan. */
	public static final String VIEW_INICIO = "hn.siempleo.ui.dashboard.inicio";

	/** The Acciones list: the plan's actions matching a filter. */
	public static final String VIEW_ACTIONS = "hn.siempleo.ui.dashboard.actions";

	private DashboardIds() {
	}
}
