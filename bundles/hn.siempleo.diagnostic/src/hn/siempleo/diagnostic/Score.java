// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.Collection;
import java.util.Locale;

/**
 * A score on the maturity scale (1 Inicial to 4 Consolidado): the mean of the answered scores it summarises.
 *
 * @param value the mean, 0 when nothing was answered
 * @param answered how many scores the mean is made of
 */
public record Score(double value, int answered) {

	/** Nothing answered. */
	public static final Score NONE = new Score(0, 0);

	/** Whether nothing was answered (then {@link #value()} means nothing). */
	public boolean isEmpty() {
		return answered == 0;
	}

	/** The value with two decimals and a point, e.g. "2.25"; "—" when empty. */
	public String text() {
		return isEmpty() ? "\u2014" : String.format(Locale.ROOT, "%.2f", value);
	}

	/** The mean of some scores (1 to 4 each), each counting once. */
	public static Score ofLevels(Collection<Integer> levels) {
		return levels.isEmpty() ? NONE
				: new Score(levels.stream().mapToInt(Integer::intValue).average().orElse(0), levels.size());
	}

	/** The mean of the non-empty scores, each counting once whatever it summarises. */
	public static Score meanOf(Collection<Score> scores) {
		double sum = 0;
		int count = 0;
		int answered = 0;
		for (Score score : scores) {
			if (!score.isEmpty()) {
				sum += score.value;
				count++;
				answered += score.answered;
			}
		}
		return count == 0 ? NONE : new Score(sum / count, answered);
	}
}
