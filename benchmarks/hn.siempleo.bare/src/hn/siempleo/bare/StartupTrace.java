// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.bare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

/**
 * The same start-up trace as the product's ({@code hn.siempleo.ui}): with {@code -Dsiempleo.startup.trace=FILE},
 * once the window is visible with the model shown and painted, the wall-clock time in milliseconds is written to
 * FILE; with {@code -Dsiempleo.startup.exit=true} the workbench then closes.
 */
final class StartupTrace {

	private StartupTrace() {
	}

	static void modelShown(Shell shell) {
		String trace = System.getProperty("siempleo.startup.trace");
		if (trace != null) {
			shell.getDisplay().asyncExec(() -> record(shell, Path.of(trace)));
		}
	}

	private static void record(Shell shell, Path trace) {
		if (shell.isDisposed()) {
			return;
		}
		if (!shell.isVisible()) {
			shell.getDisplay().asyncExec(() -> record(shell, trace));
			return;
		}
		shell.update();
		long now = System.currentTimeMillis();
		try {
			Files.writeString(trace, Long.toString(now), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		if (Boolean.getBoolean("siempleo.startup.exit")) {
			shell.getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}
}
