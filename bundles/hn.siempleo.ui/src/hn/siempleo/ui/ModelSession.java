// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.core.OpenModel;

/**
 * The model open in the workbench (one at a time) and the events around it. An OSGi service of the UI
 * bundle: parts receive it by injection, handlers from the workbench's service locator. All methods and
 * listener calls happen on the UI thread.
 */
public interface ModelSession {

	/** The open model, or null when none is open. */
	OpenModel current();

	/** Registers a listener; it is not called for the current state. */
	void addListener(ModelSessionListener listener);

	/** Removes a listener; unknown listeners are ignored. */
	void removeListener(ModelSessionListener listener);

	/**
	 * Asks the explorer to select and reveal an element (problems, dashboard and lists call this); the
	 * selection then drives the properties view.
	 */
	void showElement(EObject element);
}
