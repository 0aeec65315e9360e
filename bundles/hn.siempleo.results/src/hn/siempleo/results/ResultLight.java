// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

/**
 * The semáforo of an indicator in a period: how much of its target it achieved, in the indicator's direction.
 * Bands (domain notes §3): green from 90 % of the target, yellow from 70 %, red below; grey without a target or
 * a value.
 */
public enum ResultLight {
	/** No target or no value for the period. */
	NO_DATA,
	/** At least 90 % of the target (green). */
	ON_TARGET,
	/** 70 % to 90 % of the target (yellow). */
	NEAR_TARGET,
	/** Below 70 % of the target (red). */
	OFF_TARGET;

	/** Lower bound of green, as achievement ratio. */
	public static final double GREEN = 0.9;
	/** Lower bound of yellow, as achievement ratio. */
	public static final double YELLOW = 0.7;

	/** The light of an achievement ratio; {@link #NO_DATA} for null. */
	public static ResultLight of(Double achievement) {
		if (achievement == null || achievement.isNaN()) {
			return NO_DATA;
		}
		return achievement >= GREEN ? ON_TARGET : achievement >= YELLOW ? NEAR_TARGET : OFF_TARGET;
	}

	/** Spanish label ("En meta", "Cerca de la meta", "Fuera de meta", "Sin datos"). */
	public String label() {
		return switch (this) {
		case NO_DATA -> Messages.ResultLight_noData;
		case ON_TARGET -> Messages.ResultLight_onTarget;
		case NEAR_TARGET -> Messages.ResultLight_nearTarget;
		case OFF_TARGET -> Messages.ResultLight_offTarget;
		};
	}
}
