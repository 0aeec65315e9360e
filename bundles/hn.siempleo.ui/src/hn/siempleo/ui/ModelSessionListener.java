// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.core.OpenModel;

/** Hears what happens to the workbench's open model; every method runs on the UI thread. */
public interface ModelSessionListener {

	/** Another model was opened, or the current one was reverted or closed ({@code model} is then null). */
	void modelReplaced(OpenModel model);

	/** A command was executed, undone or redone on the open model. */
	default void modelEdited(OpenModel model) {
	}

	/** The open model became dirty or was saved. */
	default void dirtyChanged(OpenModel model) {
	}

	/** Someone asked to show an element (see {@link ModelSession#showElement(EObject)}). */
	default void elementShown(EObject element) {
	}

	/**
	 * A listener that runs {@code refresh} at once whenever another model is opened or the open one is edited (for
	 * views cheap to refill; see {@link Debouncer#refreshing(Debouncer)} for the others).
	 */
	static ModelSessionListener onChange(Runnable refresh) {
		return new ModelSessionListener() {
			@Override
			public void modelReplaced(OpenModel model) {
				refresh.run();
			}

			@Override
			public void modelEdited(OpenModel model) {
				refresh.run();
			}
		};
	}
}
