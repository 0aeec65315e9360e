// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.emf.ecore.EObject;

/**
 * Opens a model element in the part that edits it (a diagnostic in the diagnostic editor, for example): what the
 * explorer does on double-click, Enter or <i>Abrir</i>. An OSGi service that bundles register for the elements
 * they edit; the explorer asks the registered openers, highest {@code service.ranking} first, and uses the first
 * that {@linkplain #canOpen can open} the element. Called on the UI thread.
 */
public interface ElementOpener {

	/** Whether this opener edits the element; must be quick and change nothing. */
	boolean canOpen(EObject element);

	/** Opens the element (shows and activates its part); failures are logged, not thrown. */
	void open(EObject element);
}
