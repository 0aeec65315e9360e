// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import hn.siempleo.p2.GarbageMarker;
import hn.siempleo.p2.PluginManager;

/** The check at every start: the marker an uninstall leaves is the one the start looks for. */
class CollectGarbageAtStartTest {

	@Test
	void theStartSeesTheMarkerAnUninstallLeavesAndNothingWithoutIt() throws Exception {
		Path marker = Path.of(Platform.getConfigurationLocation().getURL().getPath(), "hn.siempleo.p2", "gc-pending");
		Files.deleteIfExists(marker);
		assertFalse(GarbageMarker.isSet());
		new CollectGarbageAtStart().earlyStartup();
		assertFalse(Files.exists(marker), "no marker is made by a start");

		PluginManager.markGarbage();
		try {
			assertTrue(Files.exists(marker));
			assertTrue(GarbageMarker.isSet());
		} finally {
			Files.deleteIfExists(marker);
		}
		assertFalse(GarbageMarker.isSet());
	}
}
