// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.session;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;

/**
 * The write side of the {@link ModelSession}: what the bundles that open and save models (the file commands,
 * later the shared store) may do to it. Registered by the same component as the session.
 */
public interface ModelSessionWriter extends ModelSession {

	/** Makes {@code model} (or nothing, when null) the open model and tells every listener. */
	void replace(OpenModel model);

	/** Tells listeners that the dirty state may have changed (after a save or a save as). */
	void savedOrMoved();
}
