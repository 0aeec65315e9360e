// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
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
		Shell shell = wb.window().widget();
		wb.ui().run(() -> {
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1366, 768);
		});
		Path folder = ScreenshotOnFailure.outputFolder().resolve("screenshots");
		Files.createDirectories(folder);
		String[][] parts = { { ReferralUiIds.VIEW_AGREEMENT, "red-convenio.png" },
				{ ReferralUiIds.VIEW_REFERRALS, "red-derivaciones.png" },
				{ ReferralUiIds.VIEW_COVERAGE, "red-cobertura.png" }, { ReferralUiIds.VIEW_TABLES, "red-mesas.png" } };
		for (String[] part : parts) {
			wb.showView(part[0]);
			if (part[0].equals(ReferralUiIds.VIEW_TABLES)) {
				wb.window().combo("tables.plan").select(Ids.PLAN_EL_PROGRESO);
			}
			wb.ui().run(() -> {
				while (shell.getDisplay().readAndDispatch()) {
					// let the part paint
				}
			});
			Path file = folder.resolve(part[1]);
			wb.ui().run(() -> save(shell, file));
			assertTrue(Files.size(file) > 10_000, file + " holds a picture");
		}
	}

	private static void save(Shell shell, Path file) {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
