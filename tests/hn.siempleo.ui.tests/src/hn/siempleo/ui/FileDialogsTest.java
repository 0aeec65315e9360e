// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File dialogs start where the last one left off (also after a restart), else in the user's home. */
class FileDialogsTest {

	@TempDir
	Path folder;

	@AfterEach
	void forget() {
		InstanceScope.INSTANCE.getNode("hn.siempleo.ui").remove(FileDialogs.LAST_FOLDER);
	}

	@Test
	void theLastFolderChosenWhileItExistsElseTheHome() throws Exception {
		Path home = Path.of(System.getProperty("user.home"));
		forget();
		assertEquals(home, FileDialogs.startFolder(), "never the folder the product was started from");
		Path chosen = Files.createDirectories(folder.resolve("informes 2025"));
		FileDialogs.remember(chosen);
		assertEquals(chosen, FileDialogs.startFolder());
		assertEquals(chosen.toString(), InstanceScope.INSTANCE.getNode("hn.siempleo.ui").get(FileDialogs.LAST_FOLDER, null),
				"kept in the work folder's preferences");
		Files.delete(chosen);
		assertEquals(home, FileDialogs.startFolder(), "a folder deleted since is not offered");
	}
}
