// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;

/** The product's main window as a planner sees it on first start (the runtime starts with -nl es_HN). */
@ExtendWith(ScreenshotOnFailure.class)
class WorkbenchWindowTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void windowHasTheProductTitleAndShowsInicio() throws Exception {
		ShellDriver window = ui.workbenchShell();
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(WorkbenchIds.VIEW_INICIO);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		assertTrue(window.title().startsWith("Sí Empleo Workbench"), window.title());
		ui.waitUntil("la parte Inicio", () -> window.hasId("inicio.title"));
		assertTrue(window.label("inicio.title").text().startsWith("Servicio Integral de Empleo"));
		IWorkbenchPage page = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
		assertEquals(WorkbenchIds.PERSPECTIVE_PLANNING, ui.call(() -> page.getPerspective().getId()));
		assertNotNull(ui.call(() -> page.findView(WorkbenchIds.VIEW_INICIO)));
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/workbench.png");
		Files.createDirectories(shot.getParent());
		ScreenshotOnFailure.capture(shot);
	}

	@Test
	void onFirstStartTheWindowFillsTheScreen() {
		boolean fills = ui.call(() -> {
			var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			var screen = shell.getDisplay().getPrimaryMonitor().getClientArea();
			var size = shell.getSize();
			return shell.getMaximized() || size.x >= screen.width && size.y >= screen.height - 40;
		});
		assertTrue(fills, "the first window fills the screen or is maximized");
	}

	@Test
	void menuBarOffersTheFourSpanishMenus() {
		ShellDriver window = ui.workbenchShell();
		List<String> help = window.menuTexts("Ayuda");
		assertTrue(help.contains("Acerca de Sí Empleo Workbench"), help.toString());
		List<String> file = window.menuTexts("Archivo");
		assertTrue(file.containsAll(List.of("Nuevo modelo…", "Abrir…", "Guardar", "Guardar como…", "Revertir", "Salir")),
				file.toString());
		assertTrue(window.menuTexts("Editar").stream().anyMatch(t -> t.startsWith("Deshacer")), window.menuTexts("Editar").toString());
		assertTrue(window.menuTexts("Ventana").contains("Restablecer perspectiva"));
	}

	@Test
	void thePlatformsPerspectiveDialogSpeaksSpanish() { // the tests run with -nl es_HN
		ui.post(() -> {
			try {
				PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
						.executeCommand("org.eclipse.ui.perspectives.showPerspective", null); //$NON-NLS-1$
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		ShellDriver dialog = ui.shell("Abrir perspectiva");
		dialog.button("Abrir"); // found, not "Open"
		org.eclipse.swt.widgets.Table table = ui.call(
				() -> hn.siempleo.tests.uikit.Finder.find(dialog.widget(), org.eclipse.swt.widgets.Table.class, t -> true).get(0));
		List<String> items = ui.call(() -> java.util.Arrays.stream(table.getItems()).map(i -> i.getText()).toList());
		assertTrue(items.contains("Planificación (predeterminada)"), items.toString());
		dialog.button("Cancelar").click();
		ui.waitUntilClosed(dialog);
	}
}
