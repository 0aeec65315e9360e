// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.reports.ui.ReportsViewIds;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * The planner's round in the Informes perspective: pick the budget request, choose an axis, preview it page by
 * page (PDF drawn by PDFBox, no browser), and see the parameters change with the report.
 */
@ExtendWith(ScreenshotOnFailure.class)
class ReportsPartTest {

	private final UiKit ui = UiKit.forWorkbench();
	private ShellDriver window;

	@BeforeEach
	void openTheInformesPerspective() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto al arrancar", () -> session.current() != null);
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_REPORTS,
						PlatformUI.getWorkbench().getActiveWorkbenchWindow());
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ReportsViewIds.VIEW);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		window = ui.workbenchShell();
		ui.waitUntil("el catálogo de informes", () -> window.hasId(ReportsViewIds.CATALOGUE));
	}

	private void choose(String reportName) {
		ui.run(() -> {
			List list = window.byId(List.class, ReportsViewIds.CATALOGUE);
			int index = Arrays.asList(list.getItems()).indexOf(reportName);
			assertTrue(index >= 0, reportName + " is not in " + Arrays.toString(list.getItems()));
			list.select(index);
			list.notifyListeners(SWT.Selection, new Event());
		});
	}

	@Test
	void onALaptopTheWholeCatalogueIsShownAndTheControlsScroll() {
		Rectangle before = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getBounds());
		ui.run(() -> {
			Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setMaximized(false);
			shell.setBounds(0, 0, 1366, 768 - 40); // the screen less a task bar
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().resetPerspective();
		});
		try {
			List list = window.byId(List.class, ReportsViewIds.CATALOGUE);
			int[] sizes = ui.call(() -> {
				list.getShell().layout(true, true);
				while (list.getDisplay().readAndDispatch()) {
					// let the layouts settle
				}
				return new int[] { list.getClientArea().height, list.getItemHeight() * list.getItemCount(),
						list.getParent().getParent().getSize().y };
			});
			assertTrue(sizes[2] < 500, "the controls' pane is " + sizes[2] + " px tall, not a laptop's");
			assertTrue(sizes[0] >= sizes[1], "the catalogue shows " + sizes[0] + " px of its " + sizes[1]);
			// and the buttons are in sight without scrolling: within the part's visible area
			for (String id : new String[] { ReportsViewIds.PREVIEW, ReportsViewIds.EXPORT }) {
				org.eclipse.swt.widgets.Button button = window.byId(org.eclipse.swt.widgets.Button.class, id);
				String where = ui.call(() -> {
					org.eclipse.swt.widgets.Composite part = button.getParent();
					while (!(part instanceof org.eclipse.swt.custom.SashForm)) {
						part = part.getParent();
					}
					Rectangle shown = part.getDisplay().map(part.getParent(), part.getShell(), part.getBounds());
					Rectangle at = button.getDisplay().map(button.getParent(), button.getShell(), button.getBounds());
					return shown.contains(at.x, at.y) && shown.contains(at.x + at.width - 1, at.y + at.height - 1) ? null
							: id + " at " + at + " outside the part's " + shown;
				});
				assertTrue(where == null, where);
			}
		} finally {
			ui.run(() -> {
				Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
				shell.setBounds(before);
				shell.setMaximized(true);
			});
		}
	}

	@Test
	void theCatalogueListsTheSevenReportsInSpanish() {
		String[] items = ui.call(() -> window.byId(List.class, ReportsViewIds.CATALOGUE).getItems());
		assertEquals(7, items.length, Arrays.toString(items));
		assertTrue(Arrays.asList(items).contains("Metas y resultados"), Arrays.toString(items));
		assertTrue(Arrays.asList(items).contains("Derivaciones interinstitucionales"), Arrays.toString(items));
		choose("Diagnóstico PES Scan");
		ui.waitUntil("el parámetro línea base", () -> window.hasId(ReportsViewIds.PARAMETER_PREFIX + "baseline"));
		assertTrue(window.combo(ReportsViewIds.PARAMETER_PREFIX + "baseline").items()
				.contains("DX-2023-NAC Diagnóstico PES Scan de Sí Empleo 2023"), "the diagnostics of the model");
		choose("Derivaciones interinstitucionales");
		ui.waitUntil("los parámetros oficina y período", () -> window.hasId(ReportsViewIds.PARAMETER_PREFIX + "office")
				&& window.hasId(ReportsViewIds.PARAMETER_PREFIX + "period"));
		assertTrue(window.combo(ReportsViewIds.PARAMETER_PREFIX + "office").items().contains("OF-02 Oficina Regional San Pedro Sula"));
	}

	@Test
	void previewsTheBudgetRequestOfOneAxisPageByPage() throws Exception {
		choose("Solicitud de presupuesto");
		ui.waitUntil("el parámetro eje", () -> window.hasId(ReportsViewIds.PARAMETER_PREFIX + "axis"));
		String axis = window.combo(ReportsViewIds.PARAMETER_PREFIX + "axis").items().stream()
				.filter(i -> i.startsWith("EJE2")).findFirst().orElseThrow();
		window.combo(ReportsViewIds.PARAMETER_PREFIX + "axis").select(axis);
		window.button("Vista previa").click();
		ui.waitUntil("la primera página de la vista previa",
				() -> window.label(ReportsViewIds.PAGE).text().startsWith("Página 1 de"), java.time.Duration.ofSeconds(90));
		assertTrue(ui.call(() -> window.byId(Label.class, ReportsViewIds.PAGE_IMAGE).getImage() != null));
		assertTrue(window.label(ReportsViewIds.STATUS).text().contains("Vista previa de «Solicitud de presupuesto»"));
		ui.waitUntil("los botones otra vez disponibles", () -> window.button("Vista previa").isEnabled()
				&& window.button("Exportar…").isEnabled() && !window.button("Cancelar").isEnabled());
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/informes-vista-previa.png");
		Files.createDirectories(shot.getParent());
		ScreenshotOnFailure.capture(shot);
		String pages = window.label(ReportsViewIds.PAGE).text();
		if (!pages.endsWith(" de 1")) {
			window.button("Siguiente >").click();
			ui.waitUntil("la segunda página", () -> window.label(ReportsViewIds.PAGE).text().startsWith("Página 2 de"));
		}
	}
}
