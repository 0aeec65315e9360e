// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import hn.siempleo.model.Direction;

/**
 * Target against actual for one indicator, period and office (or national).
 *
 * @param target      the target, typed or aggregated from the offices; null when none
 * @param actual      the value, typed or aggregated from the offices; null when none
 * @param gap         how far the value is on the good side of the target (positive: better than the target,
 *                    whatever the direction); null without both
 * @param achievement share of the target achieved in the indicator's direction (1.0 = on target); null without
 *                    both, or with a target of zero
 * @param light       the semáforo
 * @param computed    whether the actual value was aggregated from offices or sub-periods rather than typed
 */
public record Cell(Double target, Double actual, Double gap, Double achievement, ResultLight light, boolean computed) {

	/** A cell for the given values in the given direction. */
	public static Cell of(Double target, Double actual, Direction direction, boolean computed) {
		if (target == null || actual == null) {
			return new Cell(target, actual, null, null, ResultLight.NO_DATA, computed);
		}
		boolean lower = direction == Direction.LOWER_IS_BETTER;
		double gap = lower ? target - actual : actual - target;
		Double achievement;
		if (lower) {
			achievement = actual <= 0 ? (target >= 0 ? 1.0 : null) : target / actual;
		} else {
			achievement = target == 0 ? (actual >= 0 ? 1.0 : 0.0) : actual / target;
		}
		return new Cell(target, actual, gap, achievement, ResultLight.of(achievement), computed);
	}
}
