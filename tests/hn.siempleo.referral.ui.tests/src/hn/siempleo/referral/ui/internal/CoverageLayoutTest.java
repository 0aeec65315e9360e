// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import static hn.siempleo.referral.ui.fixtures.PartAreas.scrollerOf;
import static hn.siempleo.referral.ui.fixtures.PartAreas.visibleArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.IntPredicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Department;
import hn.siempleo.model.text.Labels;
import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.referral.ui.fixtures.NetworkWorkbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.ui.ModelSession;

/**
 * Cobertura where it opens on a 1366×768 laptop (the centre of Red y convenios, between the explorer and
 * Propiedades): the departments' map and the offices × services matrix fit the view's width, so the part
 * scrolls only up and down; in a wide window the map keeps the departments where they lie.
 */
@ExtendWith(ScreenshotOnFailure.class)
class CoverageLayoutTest {

	private NetworkWorkbench wb;
	private Shell shell;

	@BeforeEach
	void openCoverageOnALaptop() {
		wb = NetworkWorkbench.start();
		shell = wb.onALaptop();
		wb.showView(ReferralUiIds.VIEW_COVERAGE);
	}

	@Test
	void atALaptopsWidthNothingIsCutAndThePartScrollsOnlyDownwards() {
		DepartmentMap map = wb.window().byId(DepartmentMap.class, "coverage.map");
		ScrolledComposite scroller = wb.ui().call(() -> scrollerOf(map));
		awaitViewWidth(scroller, width -> width > 560 && width < 760, "Cobertura a la mitad de 1366 píxeles");

		wb.ui().run(() -> {
			Rectangle visible = visibleArea(scroller);
			Map<Department, Rectangle> tiles = map.tiles();
			assertEquals(Department.values().length, tiles.size(), tiles.toString());
			GC gc = new GC(map);
			try {
				tiles.forEach((department, tile) -> {
					Rectangle shown = map.getDisplay().map(map, null, tile);
					assertTrue(shown.x >= visible.x && shown.x + shown.width <= visible.x + visible.width,
							department + " at " + shown + " lies within the view's width " + visible);
					assertTrue(gc.textExtent(Labels.literal(department)).x < tile.width,
							department + "'s name fits its tile " + tile);
				});
			} finally {
				gc.dispose();
			}

			assertTrue(scroller.getContent().getSize().x <= scroller.getClientArea().width,
					"the part needs no sideways scroll: content " + scroller.getContent().getSize() + ", view "
							+ scroller.getClientArea());
			ScrollBar sideways = scroller.getHorizontalBar();
			assertTrue(sideways == null || !sideways.isVisible(), "no horizontal scroll bar on the part");
			for (Control control : scroller.getContent() instanceof Composite body ? body.getChildren()
					: new Control[0]) {
				Rectangle shown = control.getDisplay().map(control.getParent(), null, control.getBounds());
				assertTrue(shown.x >= visible.x && shown.x + shown.width <= visible.x + visible.width,
						control + " at " + shown + " lies within the view's width " + visible);
				if (control instanceof Label label) {
					assertTextNotCut(label);
				}
			}

			Table names = wb.window().byId(Table.class, "coverage.officeNames");
			Table cells = wb.window().byId(Table.class, "coverage.offices");
			assertEquals(cells.getItemCount(), names.getItemCount());
			assertEquals("Oficina", names.getColumn(0).getText());
			GC namesGc = new GC(names);
			try {
				int column = names.getColumn(0).getWidth();
				assertTrue(column <= names.getClientArea().width,
						"the office column is wholly in view: " + column + " in " + names.getClientArea());
				for (int i = 0; i < names.getItemCount(); i++) {
					assertTrue(namesGc.textExtent(names.getItem(i).getText()).x < column,
							names.getItem(i).getText() + " fits the office column");
					assertEquals(names.getItem(i).getBounds().y, cells.getItem(i).getBounds().y,
							"row " + i + " of the offices and of their services on one line");
				}
			} finally {
				namesGc.dispose();
			}
			int columns = 0;
			for (var column : cells.getColumns()) {
				columns += column.getWidth();
			}
			assertTrue(columns > cells.getClientArea().width,
					"the services scroll within the matrix itself: " + columns + " in " + cells.getClientArea());
			for (Table table : new Table[] { names, cells }) {
				Rectangle last = table.getItem(table.getItemCount() - 1).getBounds();
				Rectangle area = table.getClientArea();
				assertTrue(table.getTopIndex() == 0 && last.y + last.height <= area.y + area.height,
						"every office in view without scrolling " + table + " down: " + last + " in " + area);
			}
		});
	}

	@Test
	void anOfficeSelectedByNameIsSelectedInItsServicesAndTheOtherWayRound() {
		Table names = wb.window().byId(Table.class, "coverage.officeNames");
		Table cells = wb.window().byId(Table.class, "coverage.offices");
		wb.ui().run(() -> {
			names.setFocus();
			names.setSelection(3);
			names.notifyListeners(SWT.Selection, new Event());
			assertEquals(3, cells.getSelectionIndex());
			cells.setSelection(5);
			cells.notifyListeners(SWT.Selection, new Event());
			assertEquals(5, names.getSelectionIndex());
		});
	}

	@Test
	void inAWideWindowTheMapKeepsTheDepartmentsWhereTheyLie() {
		ModelSession session = wb.ui().call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		CoveragePart part = new CoveragePart();
		Shell wide = wb.ui().call(() -> {
			Shell window = new Shell(shell, SWT.SHELL_TRIM);
			window.setText("Cobertura a lo ancho");
			window.setLayout(new FillLayout());
			part.create(window, session);
			window.setBounds(0, 0, 1300, 700);
			window.open();
			return window;
		});
		try {
			DepartmentMap map = wb.ui().shell("Cobertura a lo ancho").byId(DepartmentMap.class, "coverage.map");
			ScrolledComposite scroller = wb.ui().call(() -> scrollerOf(map));
			wb.ui().waitUntil("Cobertura con 1300 píxeles", () -> scroller.getClientArea().width > 1100);

			wb.ui().run(() -> {
				Map<Department, Rectangle> tiles = map.tiles();
				assertEquals(6, tiles.values().stream().mapToInt(tile -> tile.x).distinct().count(),
						"six columns, west to east: " + tiles);
				assertTrue(tiles.get(Department.OCOTEPEQUE).x < tiles.get(Department.COPAN).x);
				assertTrue(tiles.get(Department.COPAN).x < tiles.get(Department.CORTES).x);
				assertTrue(tiles.get(Department.COLON).x < tiles.get(Department.GRACIAS_ADIOS).x);
				assertEquals(tiles.get(Department.ATLANTIDA).x, tiles.get(Department.ISLAS_DE_LA_BAHIA).x,
						"the islands above Atlántida");
				assertTrue(tiles.get(Department.ISLAS_DE_LA_BAHIA).y < tiles.get(Department.ATLANTIDA).y);
				assertTrue(tiles.get(Department.FRANCISCO_MORAZAN).y < tiles.get(Department.CHOLUTECA).y);
				Rectangle visible = visibleArea(scroller);
				tiles.values().forEach(tile -> {
					Rectangle shown = map.getDisplay().map(map, null, tile);
					assertTrue(shown.x + shown.width <= visible.x + visible.width, shown + " within " + visible);
				});
				assertTrue(scroller.getContent().getSize().x <= scroller.getClientArea().width, "no sideways scroll");
			});
		} finally {
			wb.ui().run(() -> {
				part.dispose();
				wide.dispose();
			});
		}
	}

	private void awaitViewWidth(ScrolledComposite scroller, IntPredicate expected, String description) {
		wb.ui().waitUntil(description, () -> {
			shell.layout(true, true);
			return expected.test(scroller.getClientArea().width);
		});
	}

	/** A label shows all its text: one line as wide as its text, or wrapped lines as tall as they need. */
	private static void assertTextNotCut(Label label) {
		Rectangle size = label.getBounds();
		if ((label.getStyle() & SWT.WRAP) != 0) {
			assertTrue(label.computeSize(size.width, SWT.DEFAULT).y <= size.height,
					"«" + label.getText() + "» wraps within " + size);
		} else {
			assertTrue(label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x <= size.width,
					"«" + label.getText() + "» fits in " + size);
		}
	}
}
