// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

/** A share as a whole percentage ("80 %"), as the matrices and the trend show it. */
final class Percent {

	private Percent() {
	}

	static String of(double share) {
		return Math.round(share * 100) + " %";
	}
}
