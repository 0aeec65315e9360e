// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.time.LocalDate;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.logic.ModelClock;

/** Today's date for the open model, from the model's clock ({@link ModelClock}). */
final class Today {

	private Today() {
	}

	static LocalDate of(OpenModel model) {
		return ModelClock.today(model == null ? null : model.workspace());
	}
}
