// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.p2.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.p2.InstalledPlugin;
import hn.siempleo.p2.PluginResult;
import hn.siempleo.p2.Plugins;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TableDriver;
import hn.siempleo.tests.uikit.UiKit;

@ExtendWith(ScreenshotOnFailure.class)
class PluginsDialogTest {

	private final UiKit ui = UiKit.forWorkbench();

	/** Two installed plug-ins; uninstall removes one and says so. */
	private static final class TwoPlugins implements Plugins {
		final List<InstalledPlugin> installed = new ArrayList<>(List.of(
				new InstalledPlugin("hn.siempleo.institution.infop.feature", "INFOP: cursos de formación", "1.0.0.202612041700", "INFOP"),
				new InstalledPlugin("hn.siempleo.institution.senprende.feature", "SENPRENDE: emprendimiento", "1.0.0.202612041700", "SENPRENDE")));
		final AtomicInteger uninstalls = new AtomicInteger();

		@Override
		public List<InstalledPlugin> installed() {
			return List.copyOf(installed);
		}

		@Override
		public List<InstalledPlugin> available(Path repository, IProgressMonitor monitor) {
			return List.of();
		}

		@Override
		public Optional<String> license(Path repository, String feature, IProgressMonitor monitor) {
			return Optional.empty();
		}

		@Override
		public PluginResult install(Path repository, String feature, IProgressMonitor monitor) {
			return new PluginResult(PluginResult.Kind.NOT_FOUND, "no");
		}

		@Override
		public PluginResult uninstall(String feature, IProgressMonitor monitor) {
			uninstalls.incrementAndGet();
			installed.removeIf(p -> p.feature().equals(feature));
			return new PluginResult(PluginResult.Kind.DONE, "Complemento quitado.");
		}
	}

	@Test
	void listsTheInstalledPlugins() {
		TwoPlugins plugins = new TwoPlugins();
		ui.post(() -> new PluginsDialog(ui.workbenchShell().widget(), plugins, null, () -> { }).open());
		ShellDriver dialog = ui.shell("Complementos");
		TableDriver table = dialog.table("plugins.table");
		assertEquals(2, table.rowCount());
		assertEquals(List.of("INFOP: cursos de formación", "SENPRENDE: emprendimiento"), table.column(0));
		assertEquals("1.0.0.202612041700", table.cell(0, 1));
		assertEquals(List.of("INFOP", "SENPRENDE"), table.column(2));
		assertTrue(dialog.label("plugins.status").text().contains("2"), dialog.label("plugins.status").text());
		ScreenshotOnFailure.capture(ScreenshotOnFailure.outputFolder().resolve("complementos.png"));

		dialog.button("Cerrar").click();
		ui.waitUntilClosed(dialog);
	}

	@Test
	void helpMenuOpensTheDialogAndExplainsWhenTheInstallationCannotChange() {
		ui.workbenchShell().menu("Ayuda", "Complementos…");
		ShellDriver dialog = ui.shell("Complementos");
		// the test runtime has no p2 profile: nothing listed, installing disabled, the reason shown
		assertEquals(0, dialog.table("plugins.table").rowCount());
		assertFalse(dialog.buttonById("plugins.installZip").isEnabled());
		assertFalse(dialog.label("plugins.status").text().isBlank());
		dialog.button("Cerrar").click();
		ui.waitUntilClosed(dialog);
	}
}
