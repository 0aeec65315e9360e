// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.OpenModel;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/** A broken file gets a Spanish dialog with the problem and its position; the open model stays. */
@ExtendWith(ScreenshotOnFailure.class)
class CorruptFileTest {

	@TempDir
	Path folder;

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void aTruncatedFileShowsTheProblemAndKeepsTheOpenModel() throws Exception {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("un modelo abierto", () -> session.current() != null);
		OpenModel open = ui.call(session::current);
		byte[] good = Files.readAllBytes(Path.of(open.location().toFileString()));
		Path broken = folder.resolve("roto.siempleo");
		Files.write(broken, java.util.Arrays.copyOf(good, good.length / 3));

		WorkbenchCommands.execute(ui, WorkbenchIds.COMMAND_OPEN, Map.of(WorkbenchIds.OPEN_FILE_PARAMETER, broken.toString()));
		ShellDriver dialog = ui.shell("No se puede abrir el modelo");
		String message = dialog.labelContaining("roto.siempleo").text();
		assertTrue(message.contains("incompleto") && message.contains("línea"), message);
		dialog.close();
		ui.waitUntilClosed(dialog);
		assertSame(open, ui.call(session::current), "the model already open is kept");
	}
}
