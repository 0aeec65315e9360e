// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a UI test that leaves a shell open besides the workbench windows (a dialog it opened and did not
 * close), and closes that shell so that the next test starts clean. Shells closing asynchronously get a
 * short grace period first; a screenshot of the stray shell goes to {@code screenshots/Class.method-stray.png}.
 * <p>
 * Registered for every UI test fragment through {@code META-INF/services/org.junit.jupiter.api.extension.Extension}
 * in the fragment and {@code junit.jupiter.extensions.autodetection.enabled=true} in {@code tests/pom.xml};
 * needs a running workbench.
 */
public final class NoStrayShells implements AfterEachCallback {

	private static final Duration GRACE = Duration.ofSeconds(3);

	@Override
	public void afterEach(ExtensionContext context) {
		if (PlatformUI.isWorkbenchRunning()) {
			verify(new UiKit(PlatformUI.getWorkbench().getDisplay()),
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
		}
	}

	/**
	 * What {@link #afterEach} does once a test has run: waits for closing shells, then closes any stray one.
	 *
	 * @param testName names the screenshot, e.g. {@code "ClassTest.method"}
	 * @throws AssertionError naming the stray shells, after closing them
	 */
	public static void verify(UiKit ui, String testName) {
		List<String> stray = strayTitles(ui, GRACE);
		if (stray.isEmpty()) {
			return;
		}
		try {
			// the folder first: a failure on the UI thread would open the workbench's error dialog
			Path file = Files.createDirectories(ScreenshotOnFailure.outputFolder().resolve("screenshots"))
					.resolve(testName + "-stray.png");
			ScreenshotOnFailure.capture(file);
		} catch (IOException | RuntimeException e) {
			// the screenshot is a help, not the finding
		}
		closeStrayShells(ui);
		throw new AssertionError("La prueba dejó ventanas abiertas (se cerraron): " + stray);
	}

	/**
	 * The titles of the visible shells other than workbench windows, after waiting up to {@code grace} for
	 * them to close.
	 */
	public static List<String> strayTitles(UiKit ui, Duration grace) {
		long deadline = System.nanoTime() + grace.toNanos();
		List<String> titles = ui.call(() -> titles(strayShells(ui.display())));
		while (!titles.isEmpty() && System.nanoTime() < deadline) {
			pause();
			titles = ui.call(() -> titles(strayShells(ui.display())));
		}
		return titles;
	}

	/** Closes the visible shells other than workbench windows (disposing those that refuse) and returns their titles. */
	public static List<String> closeStrayShells(UiKit ui) {
		// a modal shell's close may open a confirmation: close again until none is left, at most a few rounds
		List<String> closed = new ArrayList<>();
		for (int round = 0; round < 5; round++) {
			List<Shell> shells = ui.call(() -> strayShells(ui.display()));
			if (shells.isEmpty()) {
				break;
			}
			closed.addAll(ui.call(() -> titles(shells)));
			// posted: closing a dialog returns from its nested event loop, which must not block the test thread
			ui.post(() -> shells.forEach(shell -> {
				if (!shell.isDisposed()) {
					shell.close();
				}
			}));
			ui.post(() -> shells.forEach(shell -> {
				if (!shell.isDisposed() && shell.isVisible()) {
					shell.dispose();
				}
			}));
		}
		return closed;
	}

	private static List<Shell> strayShells(Display display) {
		Set<Shell> windows = new java.util.HashSet<>();
		for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
			windows.add(window.getShell());
		}
		List<Shell> stray = new ArrayList<>();
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && !windows.contains(shell)) {
				stray.add(shell);
			}
		}
		return stray;
	}

	private static List<String> titles(List<Shell> shells) {
		return shells.stream().filter(s -> !s.isDisposed()).map(s -> "«" + s.getText() + "»").toList();
	}

	private static void pause() {
		try {
			Thread.sleep(50);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
