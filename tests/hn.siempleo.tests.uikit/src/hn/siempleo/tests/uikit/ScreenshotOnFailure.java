// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Saves a PNG of the whole screen to {@code <siempleo.test.output>/screenshots/Class.method.png} when a test
 * fails, so a red UI test shows what was on screen.
 */
public final class ScreenshotOnFailure implements TestWatcher {

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
		Path file = outputFolder().resolve("screenshots").resolve(name + ".png");
		try {
			Files.createDirectories(file.getParent());
			capture(file);
			System.err.println("Captura de pantalla del fallo: " + file);
		} catch (Exception e) {
			System.err.println("No se pudo guardar la captura " + file + ": " + e);
		}
	}

	/** Writes a PNG of the primary display to a file; safe to call from any thread. */
	public static void capture(Path file) {
		Display display = Display.getDefault();
		display.syncExec(() -> save(display, display.getBounds(), file));
	}

	/**
	 * Writes a PNG of one shell, after letting it paint, to {@code screenshots/<name>} in the build's output
	 * folder (for the documentation, docs/*.png); safe to call from any thread; returns the file.
	 */
	public static Path captureShell(Shell shell, String name) throws IOException {
		Path folder = outputFolder().resolve("screenshots");
		Files.createDirectories(folder);
		Path file = folder.resolve(name);
		shell.getDisplay().syncExec(() -> {
			while (shell.getDisplay().readAndDispatch()) {
				// let every part paint first
			}
			save(shell.getDisplay(), shell.getBounds(), file);
		});
		return file;
	}

	/** Copies an area of the screen into a PNG file (on the UI thread). */
	private static void save(Display display, Rectangle area, Path file) {
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** The build's output folder given by {@code -Dsiempleo.test.output}, else {@code target}. */
	public static Path outputFolder() {
		return Path.of(Optional.ofNullable(System.getProperty("siempleo.test.output")).orElse("target"));
	}
}
