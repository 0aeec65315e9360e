// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;

/** The start-up benchmark's probe: off without its property; with it, the time of the painted window with a model. */
class StartupTraceTest {

	private final UiKit ui = UiKit.forWorkbench();

	@AfterEach
	void clearProperties() {
		System.clearProperty(StartupTrace.TRACE_PROPERTY);
		System.clearProperty(StartupTrace.EXIT_PROPERTY);
	}

	@Test
	void withoutThePropertyNothingIsInstalled() {
		System.clearProperty(StartupTrace.TRACE_PROPERTY);
		assertFalse(ui.call(() -> StartupTrace.installIfRequested(session(),
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), PlatformUI.getWorkbench())));
	}

	@Test
	void writesTheTimeOnceTheWindowShowsTheOpenModel(@TempDir Path folder) throws Exception {
		ui.waitUntil("el modelo abierto", () -> ui.call(() -> session().current() != null));
		Path trace = folder.resolve("trace.txt");
		System.setProperty(StartupTrace.TRACE_PROPERTY, trace.toString());
		long before = System.currentTimeMillis();
		assertTrue(ui.call(() -> StartupTrace.installIfRequested(session(),
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), PlatformUI.getWorkbench())));
		ui.waitUntil("el archivo de la traza", () -> Files.isRegularFile(trace));
		long written = Long.parseLong(Files.readString(trace).strip());
		assertTrue(written >= before && written <= System.currentTimeMillis(), Long.toString(written));
		assertTrue(PlatformUI.isWorkbenchRunning(), "without siempleo.startup.exit the workbench stays open");
	}

	private static ModelSession session() {
		return PlatformUI.getWorkbench().getService(ModelSession.class);
	}
}
