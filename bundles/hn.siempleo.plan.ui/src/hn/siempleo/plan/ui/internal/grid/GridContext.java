// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;

import org.eclipse.emf.edit.domain.EditingDomain;

import hn.siempleo.model.Action;
import hn.siempleo.model.Workspace;

/** What the grid needs from the part that hosts it: the model being edited and the day it is. */
public interface GridContext {

	/** The editing domain of the open model, or null when none is open. */
	EditingDomain domain();

	/** The workspace of the open model (the axes, dimensions and offices cells may refer to), or null. */
	Workspace workspace();

	/** The day the semáforo is computed for. */
	LocalDate today();

	/**
	 * Why the user may not change an action (a shared plan's action of another office), or null when they may:
	 * its cells are then greyed, not editable, and the reason is their tooltip.
	 */
	default String whyReadOnly(Action action) {
		return null;
	}
}
