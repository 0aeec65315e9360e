// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Action;
import hn.siempleo.model.logic.Definitions;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;

/** The shipped plan in the tracker: filter row, search box, "lo que falta por definir", grouping, sorting. */
@ExtendWith(ScreenshotOnFailure.class)
class TrackerFilterTest {

	private final Workbench workbench = Workbench.start();
	private final UiKit ui = workbench.ui();
	private NatTableDriver grid;

	@BeforeEach
	void showTheTracker() {
		grid = workbench.tracker();
	}

	@Test
	void theFilterRowFiltersByAxisAndPriority() throws Exception {
		assertEquals(List.of("Código", "Título", "Eje", "Dimensión", "Plazo", "Prioridad", "Tipo de recurso",
				"Responsable", "Oficinas", "Inicio", "Fecha límite", "Estado", "Avance %", "Costo estimado (L)",
				"Fuente de financiamiento", "Semáforo", "Criterio"), grid.columnHeaders());
		int[] byAxis = { 35, 28, 20 };
		for (int axis = 1; axis <= 3; axis++) {
			filterTo("Eje", "EJE" + axis, byAxis[axis - 1]);
			assertTrue(grid.columnTexts("Eje").stream().allMatch(("EJE" + axis)::equals));
		}
		filterTo("Eje", "", Workbench.ACTIONS);
		int[] byPriority = { 21, 29, 21, 12 };
		for (int priority = 1; priority <= 4; priority++) {
			filterTo("Prioridad", Integer.toString(priority), byPriority[priority - 1]);
		}
		filterTo("Prioridad", "3", byPriority[2]);
		int axis1Priority3 = workbench.count(a -> a.getPriority() == 3 && "EJE1".equals(a.getAxis().getCode()));
		filterTo("Eje", "eje1", axis1Priority3);
		assertEquals(axis1Priority3 + " de 83 acciones",
				workbench.window().label("tracker.summary.count").text());
		int atLeast3 = workbench.count(a -> a.getPriority() >= 3 && "EJE1".equals(a.getAxis().getCode()));
		filterTo("Prioridad", ">=3", atLeast3);
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/seguimiento.png");
		Files.createDirectories(shot.getParent());
		ScreenshotOnFailure.capture(shot);
	}

	@Test
	void theGridPaintsItsCells() throws Exception {
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/seguimiento-tabla.png");
		Files.createDirectories(shot.getParent());
		int inked = ui.call(() -> {
			NatTable table = grid.widget();
			Point size = table.getSize();
			Image image = new Image(table.getDisplay(), size.x, size.y);
			GC gc = new GC(image);
			try {
				// NatTable's own painter swallows failures; painting the layers directly lets them surface
				table.getLayer().getLayerPainter().paintLayer(table, gc, 0, 0, new Rectangle(0, 0, size.x, size.y),
						table.getConfigRegistry());
				ImageData data = image.getImageData();
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { data };
				loader.save(shot.toString(), SWT.IMAGE_PNG);
				int dark = 0;
				for (int y = 0; y < data.height; y += 2) {
					for (int x = 0; x < data.width; x += 2) {
						RGB rgb = data.palette.getRGB(data.getPixel(x, y));
						dark += rgb.red + rgb.green + rgb.blue < 200 ? 1 : 0;
					}
				}
				return dark;
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		assertTrue(inked > 500, "the cells' texts are drawn: " + inked + " dark points");
	}

	@Test
	void theSearchBoxAndTheToDefineSwitch() {
		ShellDriver window = workbench.window();
		window.text("tracker.search").type("ac-07");
		ui.waitUntil("una sola acción AC-07", () -> grid.rowCount() == 1);
		assertEquals("AC-07", grid.text(0, "Código"));
		window.text("tracker.search").type("");
		ui.waitUntil("todas las acciones", () -> grid.rowCount() == Workbench.ACTIONS);

		int incomplete = workbench.count(Definitions::isIncomplete);
		window.buttonById("tracker.incomplete").click();
		ui.waitUntil(incomplete + " acciones con algo por definir", () -> grid.rowCount() == incomplete);
		window.buttonById("tracker.incomplete").click();
		ui.waitUntil("todas las acciones", () -> grid.rowCount() == Workbench.ACTIONS);
	}

	@Test
	void groupingByAxisShowsSubtotalsAndFolds() {
		Combo groupBy = workbench.window().byId(Combo.class, "tracker.groupBy");
		ui.run(() -> {
			groupBy.select(List.of(groupBy.getItems()).indexOf("Eje"));
			groupBy.notifyListeners(SWT.Selection, new Event());
		});
		ui.waitUntil("83 acciones y 3 encabezados", () -> grid.rowCount() == Workbench.ACTIONS + 3);
		int heading = grid.rowWhere("Código", "\u25be EJE1");
		assertTrue(grid.text(heading, "Título").endsWith("35 acciones"), grid.text(heading, "Título"));
		assertEquals(heading + 36, grid.rowWhere("Código", "\u25be EJE2"), "the 35 actions of EJE1 follow its heading");
		grid.clickCell(heading, "Código");
		ui.waitUntil("EJE1 plegado", () -> grid.rowCount() == Workbench.ACTIONS + 3 - 35);
		assertEquals("\u25b8 EJE1", grid.text(heading, "Código"));
		grid.clickCell(heading, "Código");
		ui.waitUntil("EJE1 desplegado", () -> grid.rowCount() == Workbench.ACTIONS + 3);
	}

	@Test
	void clickingAHeaderSortsTheWholeColumn() {
		grid.clickHeader("Prioridad");
		ui.waitUntil("orden ascendente", () -> "1".equals(grid.text(0, "Prioridad")));
		assertEquals("4", grid.text(Workbench.ACTIONS - 1, "Prioridad"));
		grid.clickHeader("Prioridad");
		ui.waitUntil("orden descendente", () -> "4".equals(grid.text(0, "Prioridad")));
		grid.clickHeader("Prioridad");
		ui.waitUntil("orden del plan", () -> "AC-01".equals(grid.text(0, "Código")));
	}

	@Test
	void aFigureOfInicioOpensTheTrackerFiltered() {
		workbench.showView(WorkbenchIds.VIEW_INICIO);
		Hyperlink link = workbench.window().byId(Hyperlink.class, "inicio.priority.4");
		ui.post(() -> {
			Event enter = new Event();
			enter.character = '\r';
			enter.keyCode = SWT.CR;
			link.notifyListeners(SWT.KeyDown, enter);
		});
		ui.waitUntil("el seguimiento con las 12 acciones de prioridad 4", () -> grid.rowCount() == 12);
		assertTrue(workbench.window().label("tracker.dashboardFilter").text().contains("Prioridad 4"));
		List<Action> shown = ui.call(() -> List.copyOf(findPart().shownActions()));
		assertTrue(shown.stream().allMatch(action -> action.getPriority() == 4));
	}

	private TrackerPart findPart() {
		return java.util.Objects.requireNonNull(hn.siempleo.plan.ui.internal.Trackers
				.of(org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow()));
	}

	private void filterTo(String header, String text, int expected) {
		grid.typeInFilterRow(header, text);
		ui.waitUntil("«" + text + "» en «" + header + "» deja " + expected + " filas; hay " + grid.rowCount(),
				() -> grid.rowCount() == expected);
	}
}
