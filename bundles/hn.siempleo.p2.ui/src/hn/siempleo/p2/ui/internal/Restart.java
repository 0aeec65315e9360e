// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import org.eclipse.ui.PlatformUI;

/** How the dialog restarts the product after a change (tests pass one that records the call). */
@FunctionalInterface
public interface Restart {

	/** Restarts the workbench (it asks to save a dirty model first). */
	Restart WORKBENCH = () -> PlatformUI.getWorkbench().restart();

	/** Restarts the product. */
	void restart();
}
