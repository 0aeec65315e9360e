// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.birt.report.engine.api.IReportEngine;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

/** While the report engine runs, BIRT's scripts run in Rhino's interpreter, on the factory BIRT's scripts use. */
class ReportEngineScriptsTest {

	@Test
	void theEnginesScriptContextsAreInterpreted() throws Exception {
		ReportEngineHolder holder = new ReportEngineHolder();
		try {
			IReportEngine engine = holder.engine();
			assertSame(engine, holder.engine(), "one engine");
			// the global factory BIRT's script plug-in installs, which its JavaScript engine enters
			assertTrue(ContextFactory.getGlobal().getClass().getName().startsWith("org.eclipse.birt."),
					ContextFactory.getGlobal().getClass().getName());
			Context context = ContextFactory.getGlobal().enterContext();
			try {
				assertTrue(context.isInterpretedMode(), "interpreted");
			} finally {
				Context.exit();
			}
		} finally {
			holder.destroy();
		}
	}
}
