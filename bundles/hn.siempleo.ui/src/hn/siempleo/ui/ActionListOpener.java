// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import hn.siempleo.model.logic.ActionFilter;

/**
 * Opens the Acciones list with a filter: what a figure of the dashboard does when clicked, and what other
 * views (tracker, reports) may do. An OSGi service; call it on the UI thread of a workbench with an active
 * window.
 */
public interface ActionListOpener {

	/**
	 * Sets the filter of the list (see {@link ActionListFilterHolder}) and shows and activates the
	 * view of the filtered actions (the tracker, or the dashboard's Acciones list), opening it when needed. Failures to open the view are logged.
	 *
	 * @param filter the filter; not null
	 */
	void open(ActionFilter filter);
}
