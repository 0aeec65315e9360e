// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import hn.siempleo.core.OpenModel;

/**
 * Work for the first paint of the model opened at start, done in the job that reads it: on another core than the
 * UI thread's, while the workbench window is created, and before the model is shared with the views. A view can
 * compute there what it will show for the model and keep it with the model (an EMF adapter on it) to take it
 * when the model arrives; what it keeps must be thrown away if the model changed since. Registered as an OSGi
 * service; called once for each model read at start, off the UI thread; reads the model only.
 */
public interface StartupPreparation {

	/** Prepares what a view will show for {@code model} (not yet shared; any thread but the UI thread). */
	void prepare(OpenModel model);
}
