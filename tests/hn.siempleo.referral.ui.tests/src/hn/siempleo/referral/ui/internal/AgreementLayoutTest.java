// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import static hn.siempleo.referral.ui.fixtures.PartAreas.scrollerOf;
import static hn.siempleo.referral.ui.fixtures.PartAreas.visibleArea;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.Service;
import hn.siempleo.referral.CommitmentMatrix;
import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.referral.ui.fixtures.NetworkWorkbench;
import hn.siempleo.tests.uikit.Finder;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;

/**
 * Convenio where it opens on a 1366×768 laptop (the centre of Red y convenios, about 670 pixels wide): the
 * part scrolls only up and down, the Institución and Servicio columns of the commitments stay wholly in view
 * while the offices' columns scroll sideways within their own table, and a commitment set there by a click
 * or by the keyboard is one command on the shared history (undo, redo). Each test undoes what it did.
 */
@ExtendWith(ScreenshotOnFailure.class)
class AgreementLayoutTest {

	private static final String OFFICES = "agreement.commitments";

	/** Pixels a cell's bounds may pass its table's client area by (GTK's cell padding and border). */
	private static final int PADDING = 2;

	private NetworkWorkbench wb;
	private Shell shell;
	private ScrolledComposite scroller;
	private Table cells;

	@BeforeEach
	void openConvenioOnALaptop() {
		wb = NetworkWorkbench.start();
		shell = wb.onALaptop();
		wb.showView(ReferralUiIds.VIEW_AGREEMENT);
		cells = wb.window().byId(Table.class, OFFICES);
		scroller = wb.ui().call(() -> scrollerOf(cells));
		wb.ui().waitUntil("Convenio a la mitad de 1366 píxeles", () -> {
			shell.layout(true, true);
			int width = scroller.getClientArea().width;
			return width > 560 && width < 760;
		});
	}

	@Test
	void atALaptopsWidthTheInstitutionAndServiceStayInViewWhileTheOfficesScrollWithinTheirTable() {
		wb.ui().run(() -> {
			Rectangle visible = visibleArea(scroller);
			assertTrue(scroller.getContent().getSize().x <= scroller.getClientArea().width,
					"the part needs no sideways scroll: content " + scroller.getContent().getSize() + ", view "
							+ scroller.getClientArea());
			ScrollBar sideways = scroller.getHorizontalBar();
			assertTrue(sideways == null || !sideways.isVisible(), "no horizontal scroll bar on the part");
			for (Control control : ((Composite) scroller.getContent()).getChildren()) {
				Rectangle shown = control.getDisplay().map(control.getParent(), null, control.getBounds());
				assertTrue(shown.x >= visible.x && shown.x + shown.width <= visible.x + visible.width,
						control + " at " + shown + " lies within the view's width " + visible);
			}

			Table pinned = pinnedColumns();
			assertEquals("Servicio", pinned.getColumn(1).getText());
			List<Integer> offices = officeColumns();
			assertTrue(offices.size() > 1, "the shipped agreement has offices: " + offices);
			int columns = 0;
			for (TableColumn column : cells.getColumns()) {
				columns += column.getWidth();
			}
			assertTrue(columns > cells.getClientArea().width,
					"the offices scroll within their table: " + columns + " in " + cells.getClientArea());
		});

		// the last column (the row's total) scrolled into view, as the table's scroll bar would: the
		// institution and the service stay in view
		int last = wb.ui().call(() -> {
			int column = cells.getColumnCount() - 1;
			cells.showColumn(cells.getColumn(column));
			return column;
		});
		wb.ui().waitUntil("la última columna a la vista", () -> inTable(cells, 0, last));
		wb.ui().run(() -> {
			Table pinned = pinnedColumns();
			assertCellInView(cells, 0, last);
			for (int column = 0; column < 2; column++) {
				assertCellInView(pinned, 0, column);
			}
			assertEquals(cells.getItemCount(), pinned.getItemCount());
			for (int i = 0; i < pinned.getItemCount(); i++) {
				assertEquals(pinned.getItem(i).getBounds().y, cells.getItem(i).getBounds().y,
						"row " + i + " of the institutions and of their offices on one line");
			}
			for (Table table : new Table[] { pinned, cells }) {
				Rectangle lastRow = table.getItem(table.getItemCount() - 1).getBounds();
				Rectangle area = table.getClientArea();
				assertTrue(table.getTopIndex() == 0 && lastRow.y + lastRow.height <= area.y + area.height,
						"every row in view without scrolling " + table + " down: " + lastRow + " in " + area);
			}
			// each office's name as its column's tooltip
			for (int office : officeColumns()) {
				String tooltip = cells.getColumn(office).getToolTipText();
				assertTrue(tooltip != null && tooltip.startsWith("Oficina"), "the office's name as tooltip: " + tooltip);
			}
		});
	}

	@Test
	void theArrowKeysScrollTheOfficesColumnByColumnWhileTheInstitutionStays() {
		int last = wb.ui().call(() -> cells.getColumnCount() - 1);
		Table pinned = wb.ui().call(this::pinnedColumns);
		for (int i = 0; i <= last && !wb.ui().call(() -> inTable(cells, 0, last)); i++) {
			press(pinned, SWT.ARROW_RIGHT, +1);
		}
		wb.ui().run(() -> {
			assertCellInView(cells, 0, last);
			assertCellInView(pinned, 0, 0);
			assertCellInView(pinned, 0, 1);
		});
		for (int i = 0; i <= last && !wb.ui().call(() -> inTable(cells, 0, 0)); i++) {
			press(cells, SWT.ARROW_LEFT, -1);
		}
		wb.ui().run(() -> assertCellInView(cells, 0, 0));
	}

	@Test
	void aClickOnTheLastOfficeAfterScrollingSidewaysSetsTheCommitmentWithUndoAndRedo() {
		List<Integer> offices = wb.ui().call(this::officeColumns);
		int column = offices.get(offices.size() - 1);
		int row = emptyRow(column);
		Table pinned = wb.ui().call(this::pinnedColumns);
		String institution = wb.ui().call(() -> pinned.getItem(row).getText(0));

		wb.clickCell(OFFICES, row, column);
		wb.ui().waitUntil("la oficina a la vista", () -> inTable(cells, row, column));
		wb.ui().run(() -> {
			assertCellInView(cells, row, column);
			assertCellInView(pinned, row, 0);
			assertEquals(row, pinned.getSelectionIndex(), "the row selected beside its institution");
			assertEquals(row, cells.getSelectionIndex());
		});
		wb.ui().waitUntil("la celda marcada con el ratón", () -> "✔".equals(wb.cell(OFFICES, row, column)));
		assertTrue(committed(row, column), "the model has the commitment");
		assertTrue(wb.model().isDirty());

		assertTrue(wb.undo().startsWith("Deshacer Comprometer a " + institution));
		wb.ui().waitUntil("la celda vacía otra vez", () -> "".equals(wb.cell(OFFICES, row, column)));
		assertTrue(!committed(row, column), "undone in the model");
		assertTrue(wb.redo().startsWith("Rehacer Comprometer a " + institution));
		wb.ui().waitUntil("la celda marcada otra vez", () -> "✔".equals(wb.cell(OFFICES, row, column)));
		assertTrue(committed(row, column), "redone in the model");
		wb.undo();
		wb.ui().waitUntil("la celda vacía al final", () -> "".equals(wb.cell(OFFICES, row, column)));
	}

	@Test
	void aDigitOnTheInstitutionsRowSetsTheOfficeScrolledIntoViewWithUndoAndRedo() {
		List<Integer> offices = wb.ui().call(this::officeColumns);
		int number = Math.min(9, offices.size());
		int column = offices.get(number - 1);
		int row = emptyRow(column);
		Table pinned = wb.ui().call(this::pinnedColumns);

		// the keyboard way: the row selected by its institution and service, the office's number pressed
		wb.ui().run(() -> {
			pinned.setFocus();
			pinned.setSelection(row);
			pinned.notifyListeners(SWT.Selection, new Event());
			Event key = new Event();
			key.character = (char) ('0' + number);
			pinned.notifyListeners(SWT.KeyDown, key);
		});
		wb.ui().waitUntil("la celda marcada con el teclado", () -> "✔".equals(wb.cell(OFFICES, row, column)));
		wb.ui().waitUntil("la oficina marcada a la vista", () -> inTable(cells, row, column));
		wb.ui().run(() -> {
			assertCellInView(cells, row, column);
			assertEquals(row, pinned.getSelectionIndex(), "the row stays selected");
			assertEquals(row, cells.getSelectionIndex());
		});
		assertTrue(committed(row, column), "the model has the commitment");

		assertTrue(wb.undo().startsWith("Deshacer Comprometer"));
		wb.ui().waitUntil("la celda vacía otra vez", () -> "".equals(wb.cell(OFFICES, row, column)));
		assertTrue(wb.redo().startsWith("Rehacer Comprometer"));
		wb.ui().waitUntil("la celda marcada otra vez", () -> "✔".equals(wb.cell(OFFICES, row, column)));

		// and withdrawn from the offices' own table with the same key
		wb.ui().run(() -> {
			cells.setFocus();
			cells.setSelection(row);
			cells.notifyListeners(SWT.Selection, new Event());
			Event key = new Event();
			key.character = (char) ('0' + number);
			cells.notifyListeners(SWT.KeyDown, key);
		});
		wb.ui().waitUntil("la celda vacía con el teclado", () -> "".equals(wb.cell(OFFICES, row, column)));
		assertTrue(wb.undo().startsWith("Deshacer Retirar"));
		wb.ui().waitUntil("la celda marcada", () -> "✔".equals(wb.cell(OFFICES, row, column)));
		wb.undo();
		wb.ui().waitUntil("la celda vacía al final", () -> "".equals(wb.cell(OFFICES, row, column)));
		assertTrue(!committed(row, column), "the model as it was");
	}

	/** Presses an arrow key on a table and waits until the offices' table has scrolled that way and stopped. */
	private void press(Table table, int arrow, int direction) {
		int before = wb.ui().call(() -> cells.getHorizontalBar().getSelection());
		wb.ui().run(() -> {
			table.setFocus();
			Event key = new Event();
			key.keyCode = arrow;
			table.notifyListeners(SWT.KeyDown, key);
		});
		int[] previous = { before, 0 };
		wb.ui().waitUntil("las oficinas se desplazan con la flecha", () -> {
			// GTK animates the scroll: wait until it has moved that way and rested for a few polls
			int now = cells.getHorizontalBar().getSelection();
			previous[1] = now == previous[0] ? previous[1] + 1 : 0;
			previous[0] = now;
			return previous[1] >= 5 && Integer.signum(now - before) == direction;
		});
	}

	/** The table that shows the Institución column: pinned beside the offices. */
	private Table pinnedColumns() {
		List<Table> tables = Finder.find(scroller.getContent(), Table.class,
				table -> table.getColumnCount() > 1 && "Institución".equals(table.getColumn(0).getText()));
		assertEquals(1, tables.size(), "one table shows the institutions: " + tables);
		return tables.get(0);
	}

	/** The columns of the offices' table headed by an office's code. */
	private List<Integer> officeColumns() {
		List<Integer> offices = new java.util.ArrayList<>();
		for (int i = 0; i < cells.getColumnCount(); i++) {
			if (cells.getColumn(i).getText().startsWith("OF-")) {
				offices.add(i);
			}
		}
		return offices;
	}

	/** A row whose cell in this column is empty. */
	private int emptyRow(int column) {
		return wb.ui().call(() -> {
			for (int i = 0; i < cells.getItemCount(); i++) {
				if (cells.getItem(i).getText(column).isEmpty()) {
					return i;
				}
			}
			throw new AssertionError("no empty cell in column " + cells.getColumn(column).getText());
		});
	}

	/** Whether the model has the commitment of a row's institution and service at a column's office. */
	private boolean committed(int row, int column) {
		return wb.ui().call(() -> {
			Agreement agreement = wb.agreement();
			CommitmentMatrix matrix = CommitmentMatrix.of(agreement);
			Institution institution = matrix.rows().get(row).institution();
			Service service = matrix.rows().get(row).service();
			String code = cells.getColumn(column).getText();
			Office office = matrix.columns().stream().filter(o -> code.equals(o.getCode())).findFirst().orElseThrow();
			return CommitmentMatrix.commitment(agreement, institution, service, office) != null;
		});
	}

	/**
	 * Whether a cell lies wholly within its table's client area, give or take the {@link #PADDING} GTK reports
	 * around a cell (a table scrolled sideways reports the scrolled offset as the area's x, its cells' bounds
	 * unscrolled).
	 */
	private static boolean inTable(Table table, int row, int column) {
		Rectangle cell = table.getItem(row).getBounds(column);
		Rectangle area = table.getClientArea();
		return cell.x >= area.x - PADDING && cell.x + cell.width <= area.x + area.width + PADDING;
	}

	/** A cell lies wholly within its table's client area and its table within the part's visible width. */
	private void assertCellInView(Table table, int row, int column) {
		String name = table.getColumn(column).getText();
		assertTrue(inTable(table, row, column), name + " at " + table.getItem(row).getBounds(column)
				+ " lies within its table " + table.getClientArea());
		Rectangle shown = table.getDisplay().map(table.getParent(), null, table.getBounds());
		Rectangle visible = visibleArea(scroller);
		assertTrue(shown.x >= visible.x && shown.x + shown.width <= visible.x + visible.width,
				"the table of " + name + " at " + shown + " lies within the view's width " + visible);
	}
}
