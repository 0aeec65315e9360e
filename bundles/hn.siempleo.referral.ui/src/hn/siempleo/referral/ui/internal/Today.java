// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.time.LocalDate;

import hn.siempleo.core.OpenModel;

/** Today's date for the open model: the one place this bundle reads the clock. */
final class Today {

	private Today() {
	}

	static LocalDate of(OpenModel model) {
		return LocalDate.now(); // until the shared ModelClock (#14) is on main; then ModelClock.today(workspace)
	}
}
