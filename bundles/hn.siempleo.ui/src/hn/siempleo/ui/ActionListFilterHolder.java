// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import java.util.function.Consumer;

import hn.siempleo.model.logic.ActionFilter;

/**
 * The filter of the Acciones list, kept apart from the view so that it can be set before the view exists.
 * An OSGi service; parts receive it by injection. Every method and listener call happens on the UI thread.
 */
public interface ActionListFilterHolder {

	/** The current filter; never null, {@link ActionFilter#all()} until someone sets another. */
	ActionFilter current();

	/**
	 * Makes {@code filter} current and tells every listener, even when it equals the current one (so the list
	 * recomputes the date-dependent filters).
	 *
	 * @param filter the new filter; not null
	 */
	void set(ActionFilter filter);

	/** Registers a listener called with each filter {@link #set}; it is not called for the current one. */
	void addListener(Consumer<ActionFilter> listener);

	/** Removes a listener; unknown listeners are ignored. */
	void removeListener(Consumer<ActionFilter> listener);
}
