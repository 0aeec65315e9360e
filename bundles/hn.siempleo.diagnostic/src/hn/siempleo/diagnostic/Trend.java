// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

/** How a score changed from a baseline to a later diagnostic. */
public enum Trend {
	/** The later score is higher. */
	BETTER,
	/** Both scores are equal (within {@link Comparison#TOLERANCE}). */
	SAME,
	/** The later score is lower. */
	WORSE,
	/** One of the two has no score. */
	NOT_COMPARABLE;

	/** The trend from {@code before} to {@code after}. */
	public static Trend of(Score before, Score after) {
		if (before.isEmpty() || after.isEmpty()) {
			return NOT_COMPARABLE;
		}
		double delta = after.value() - before.value();
		if (Math.abs(delta) < Comparison.TOLERANCE) {
			return SAME;
		}
		return delta > 0 ? BETTER : WORSE;
	}
}
