// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.junit.jupiter.api.Test;

/**
 * The tracker right after opening, in a session of its own: run by the executions {@code tracker-session-N} of
 * benchmarks/pom.xml, each in a JVM of its own, after {@link TrackerBenchmark}. What a planner meets right after
 * opening depends on what the compilers and the cores are doing in those first milliseconds, which differs from one
 * session to the next by a third; the summary's row gives the median over the sessions, each one listed.
 */
class TrackerFreshSession {

	@Test
	void operationsRightAfterOpening() throws Exception {
		new TrackerBenchmark().freshSession();
	}
}
