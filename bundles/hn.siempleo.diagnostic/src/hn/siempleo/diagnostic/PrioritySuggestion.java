// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.Term;

/**
 * The priority suggested for an action that closes a gap, following the rule of the source report (priorities 1
 * and 2 are done with SETRASS's own means, 3 and 4 need additional budget) and the severity of the gap:
 * <table>
 * <caption>Suggested priority</caption>
 * <tr><th></th><th>severe gap</th><th>other gap</th></tr>
 * <tr><td>own means suffice</td><td>1</td><td>2</td></tr>
 * <tr><td>additional budget needed</td><td>3</td><td>4</td></tr>
 * </table>
 * A gap is severe when its score is two or more levels under the threshold, or when the criterion scored Inicial.
 * The suggested phase (plazo) is short for priority 1, medium for 2 and 3, long for 4. The planner may override
 * both. Pure functions.
 */
public final class PrioritySuggestion {

	/** A gap this many levels under the threshold, or more, is severe. */
	public static final int SEVERE_LEVELS = 2;

	private PrioritySuggestion() {
	}

	/** Whether a gap is severe (see the class comment). */
	public static boolean isSevere(Gap gap) {
		return gap.severity() >= SEVERE_LEVELS || gap.assessment().getScore() == MaturityLevel.INITIAL;
	}

	/** The suggested priority, 1 to 4 (see the class comment). */
	public static int priority(Gap gap) {
		boolean severe = isSevere(gap);
		if (gap.needsBudget()) {
			return severe ? 3 : 4;
		}
		return severe ? 1 : 2;
	}

	/** The suggested phase for a priority. */
	public static Term phase(int priority) {
		return switch (priority) {
			case 1 -> Term.SHORT;
			case 4 -> Term.LONG;
			default -> Term.MEDIUM;
		};
	}
}
