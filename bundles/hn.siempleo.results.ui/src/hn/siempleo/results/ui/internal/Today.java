// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * Today's date for a model element: the one place this bundle reads the clock (to be replaced by
 * {@code hn.siempleo.model.logic.ModelClock.today(EObject)} when main has it, #14).
 */
final class Today {

	private static final Clock CLOCK = Clock.systemDefaultZone();

	private Today() {
	}

	static LocalDate of(EObject element) {
		return LocalDate.now(CLOCK);
	}
}
