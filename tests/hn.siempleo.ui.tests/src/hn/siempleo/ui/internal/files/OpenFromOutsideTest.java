// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.OpenModel;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;

/**
 * {@code siempleo.sh plan.siempleo}, a file manager's "open with": the file named on the command line is the
 * one the workbench opens at start, instead of the last one.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OpenFromOutsideTest {

	@TempDir
	Path folder;

	private final UiKit ui = UiKit.forWorkbench();
	private Path original;

	@AfterEach
	void reopenTheOriginal() {
		if (original != null) {
			ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
			ui.run(() -> ModelFiles.of(PlatformUI.getWorkbench()).open(original));
			ui.waitUntil("el modelo original otra vez",
					() -> original.equals(Path.of(ui.call(session::current).location().toFileString())));
		}
	}

	@Test
	void theModelNamedAmongTheArgumentsIsOpened() throws Exception {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("un modelo abierto", () -> session.current() != null);
		OpenModel open = ui.call(session::current);
		original = Path.of(open.location().toFileString());
		Path requested = folder.resolve("plan de la oficina.siempleo");
		Files.copy(original, requested);

		String[] arguments = { "-nosplash", "-testproperties", "/tmp/x.properties", requested.toString() };
		ui.run(() -> ModelFiles.of(PlatformUI.getWorkbench()).openAtStartup(arguments).show());
		ui.waitUntil("el archivo pedido abierto",
				() -> requested.equals(Path.of(ui.call(session::current).location().toFileString())));
	}

	@Test
	void theStartupModelIsReadAtOnceButShownOnlyWhenTheWorkbenchAsks() throws Exception {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("un modelo abierto", () -> session.current() != null);
		OpenModel open = ui.call(session::current);
		original = Path.of(open.location().toFileString());
		Path requested = folder.resolve("al arrancar.siempleo");
		Files.copy(original, requested);

		StartupModel startup = ui.call(() -> ModelFiles.of(PlatformUI.getWorkbench()).openAtStartup(new String[] { requested.toString() }));
		startup.job().join();
		ui.run(() -> {
			// the model is read, but the window has not asked for it yet
		});
		assertSame(open, ui.call(session::current));
		assertFalse(ui.call(startup::isShown));
		ui.run(startup::show);
		assertTrue(ui.call(startup::isShown));
		assertEquals(requested, Path.of(ui.call(session::current).location().toFileString()));
	}

	@Test
	void argumentsThatAreNotModelsAreIgnoredAndRelativePathsResolved() {
		assertNull(ModelFiles.requestedFile(new String[] { "-data", "/tmp/w", "-testproperties", "/tmp/t.properties" }));
		assertNull(ModelFiles.requestedFile(null));
		assertEquals(Path.of("plan.siempleo").toAbsolutePath(), ModelFiles.requestedFile(new String[] { "plan.siempleo" }));
		assertEquals(Path.of("/datos/b.SIEMPLEO"), ModelFiles.requestedFile(new String[] { "/datos/a.siempleo", "/datos/b.SIEMPLEO" }));
	}
}
