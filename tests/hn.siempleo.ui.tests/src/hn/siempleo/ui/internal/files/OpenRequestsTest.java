// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;

/**
 * A second start on the same work folder hands its model to the workbench already open (a file manager opening a
 * model while the workbench runs), which opens it; nothing else in a request is acted on.
 */
@ExtendWith(ScreenshotOnFailure.class)
class OpenRequestsTest {

	@TempDir
	Path folder;

	private final UiKit ui = UiKit.forWorkbench();
	@RegisterExtension
	final OtherModels models = new OtherModels(ui);

	@Test
	void aModelHandedOverByASecondStartIsOpenedHere() throws Exception {
		Path file = models.copyOfTheDataSet(folder, "desde el explorador de archivos.siempleo");
		Path requests = ui.call(ModelFiles::openRequestsFolder);

		assertTrue(OpenRequests.send(requests, file, Duration.ofSeconds(15)), "the running workbench took it");
		models.waitUntilOpen(file);
		assertEquals(List.of(), list(requests), "nothing left in the folder");
	}

	@Test
	void aRequestThatNamesNoModelOnlyShowsTheWindowAndAnythingElseIsDeletedUnread() throws Exception {
		Path requests = ui.call(ModelFiles::openRequestsFolder);
		assertTrue(OpenRequests.send(requests, null, Duration.ofSeconds(15)));
		Files.writeString(requests.resolve("otro.solicitud"), "/etc/passwd");
		Files.writeString(requests.resolve("basura.txt"), "x");
		ui.waitUntil("la carpeta vacía", () -> list(requests).isEmpty());
		ui.run(() -> {
			// the events the requests posted
		});
		assertSame(models.before(), ui.call(models.session()::current), "no model was opened");
	}

	@Test
	void withNobodyListeningTheRequestIsWithdrawn() throws Exception {
		Path nobody = folder.resolve("abrir");
		assertFalse(OpenRequests.send(nobody, folder.resolve("plan.siempleo"), Duration.ofMillis(300)));
		assertEquals(List.of(), list(nobody));
	}

	private static List<Path> list(Path folder) {
		try (var entries = Files.list(folder)) {
			return entries.toList();
		} catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
