// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.painter.layer.ILayerPainter;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayerPainter;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectRowsCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.tests.uikit.UiKit;

/**
 * What the grid does around its paints. Its warm-up after its first paint paints into an image of its own without
 * changing what the grid shows, and stops for good at the first input event or change of the grid. A planner's
 * operation holds the background work back until the grid has painted its result, and the work that only prepares
 * later operations runs while the UI thread sleeps. The selection is painted as
 * NatTable paints it, with or without a selection.
 */
class GridWarmUpTest {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;
	private static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

	private final UiKit ui = UiKit.forWorkbench();
	private final Workspace workspace = F.createWorkspace();
	private final TrackerRows rows = new TrackerRows(() -> TODAY);
	private ActionGrid grid;
	private NatTable table;

	@AfterEach
	void close() {
		ui.run(() -> {
			if (table != null && !table.isDisposed()) {
				table.getShell().dispose();
			}
			rows.setPlan(null);
		});
	}

	@Test
	void itPaintsToTheEndWithoutChangingWhatTheGridShows() {
		open();
		ui.waitUntil("the warm-up painted a first strip", () -> ui.call(() -> grid.warmUp().strips() > 0));
		List<TrackerRow> shown = ui.call(() -> new ArrayList<>(rows.visible()));
		int top = ui.call(() -> table.getRowIndexByPosition(2));
		byte[] before = ui.call(this::pixels);
		ui.waitUntil("the warm-up ended", () -> ui.call(() -> !grid.warmUp().running()));
		assertEquals(GridWarmUp.STRIPS * GridWarmUp.PAINTS, ui.call(() -> grid.warmUp().strips()),
				"every strip painted: nothing stopped it");
		assertEquals(shown, ui.call(() -> new ArrayList<>(rows.visible())), "the same rows in the same order");
		assertEquals(top, ui.call(() -> table.getRowIndexByPosition(2)), "not scrolled");
		assertTrue(ui.call(() -> grid.selectionProvider().getSelection().isEmpty()), "nothing selected");
		assertArrayEquals(before, ui.call(this::pixels), "the grid paints exactly as before");
	}

	@Test
	void aKeyStopsItForGood() {
		open();
		ui.waitUntil("the warm-up painted a first strip", () -> ui.call(() -> grid.warmUp().strips() > 0));
		int strips = ui.call(() -> {
			Event key = new Event();
			key.character = 'a';
			key.keyCode = 'a';
			table.notifyListeners(SWT.KeyDown, key);
			return grid.warmUp().strips();
		});
		assertFalse(ui.call(() -> grid.warmUp().running()));
		assertTrue(strips < GridWarmUp.STRIPS * GridWarmUp.PAINTS, "stopped before its end");
		waitLongerThanAStrip();
		assertEquals(strips, ui.call(() -> grid.warmUp().strips()), "no strip after the key");
	}

	@Test
	void aChangeOfTheGridStopsIt() {
		open();
		ui.waitUntil("the warm-up painted a first strip", () -> ui.call(() -> grid.warmUp().strips() > 0));
		ui.run(() -> table.doCommand(new SelectCellCommand(table, 2, 3, false, false)));
		assertFalse(ui.call(() -> grid.warmUp().running()), "a selection stops it");
		int strips = ui.call(() -> grid.warmUp().strips());
		waitLongerThanAStrip();
		assertEquals(strips, ui.call(() -> grid.warmUp().strips()));
	}

	@Test
	void newRowsStopIt() {
		open();
		ui.waitUntil("the warm-up painted a first strip", () -> ui.call(() -> grid.warmUp().strips() > 0));
		ui.run(() -> {
			rows.sort().sort(ActionColumn.TITLE, org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.DESC, false);
			rows.recompute();
			grid.rowsChanged();
		});
		assertFalse(ui.call(() -> grid.warmUp().running()));
	}

	@Test
	void anOperationHoldsTheBackgroundWorkBackUntilItsResultIsPainted() {
		open();
		ui.waitUntil("the first paint", () -> ui.call(() -> grid.warmUp().strips() > 0));
		List<Boolean> busyWhenPainted = new ArrayList<>();
		boolean busy = ui.call(() -> {
			table.addListener(SWT.Paint, event -> busyWhenPainted.add(rows.foreground().isBusy()));
			rows.sort().sort(ActionColumn.CODE, org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum.DESC, false);
			rows.recompute();
			boolean held = rows.foreground().isBusy();
			grid.rowsChanged();
			return held;
		});
		assertTrue(busy, "held back from the operation's beginning");
		ui.waitUntil("the result painted", () -> ui.call(() -> !busyWhenPainted.isEmpty()));
		assertEquals(false, ui.call(() -> busyWhenPainted.get(0)), "going on once the grid painted");
		assertFalse(ui.call(() -> rows.foreground().isBusy()));
	}

	/** An operation paints the grid once, not again a moment later, with its scroll bar sized for the new rows. */
	@Test
	void anOperationPaintsTheGridOnceWithItsScrollBarForTheNewRows() {
		open();
		ui.waitUntil("the first paint", () -> ui.call(() -> grid.warmUp().strips() > 0));
		assertTrue(ui.call(() -> table.getVerticalBar().getVisible()
				&& table.getVerticalBar().getThumb() < table.getVerticalBar().getMaximum()), "200 rows: a scroll bar");
		int[] paints = { 0 };
		ui.run(() -> {
			table.addListener(SWT.Paint, event -> paints[0]++);
			rows.query().setColumnTexts(java.util.Map.of(ActionColumn.CODE, "AC-00"));
			rows.recompute();
			grid.rowsChanged();
		});
		ui.waitUntil("the result painted", () -> ui.call(() -> paints[0] > 0));
		// several of NatTable's ticks, after which it would have painted its own queued repaint
		waitLongerThanAStrip();
		waitLongerThanAStrip();
		assertEquals(10, ui.call(() -> rows.visible().size()));
		assertEquals(1, ui.call(() -> paints[0]), "painted once");
		assertTrue(ui.call(() -> !table.getVerticalBar().getVisible()
				|| table.getVerticalBar().getThumb() >= table.getVerticalBar().getMaximum()), "10 rows fit: no scrolling");
	}

	@Test
	void theSelectionIsPaintedAsNatTablePaintsItWithOrWithoutOne() {
		open();
		byte[] none = ui.call(this::pixels);
		assertArrayEquals(ui.call(this::pixelsOfNatTablesSelectionPainter), none, "nothing selected");
		ui.run(() -> table.doCommand(new SelectRowsCommand(table, 1, new int[] { 3, 4 }, false, true, 4)));
		assertFalse(ui.call(() -> grid.selectionProvider().getSelection().isEmpty()), "two rows selected");
		byte[] selected = ui.call(this::pixels);
		assertFalse(Arrays.equals(none, selected), "the selection shows");
		assertArrayEquals(ui.call(this::pixelsOfNatTablesSelectionPainter), selected, "two rows selected");
	}

	/**
	 * The grid tells the rows' foreground when the UI thread sleeps waiting for events: work that only prepares later
	 * operations, started while the UI thread computes, waits for it to sleep.
	 */
	@Test
	void workThatOnlyPreparesRunsWhileTheUiThreadSleeps() throws Exception {
		open();
		Foreground foreground = rows.foreground();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!foreground.preparationMayRun() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertTrue(foreground.preparationMayRun(), "seen from another thread, the UI thread sleeps waiting for events");
		assertFalse(ui.call(foreground::preparationMayRun), "awake while it runs code");
		AtomicBoolean passed = new AtomicBoolean();
		boolean passedWhileAwake = ui.call(() -> {
			Thread.ofPlatform().daemon().start(() -> {
				foreground.preparing(true);
				foreground.yieldToUi();
				passed.set(true);
			});
			// the UI thread computes for a while (less than the longest wait), never sleeping
			long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
			while (System.nanoTime() < end) {
				Thread.onSpinWait();
			}
			return passed.get();
		});
		assertFalse(passedWhileAwake, "waits while the UI thread is awake");
		deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		while (!passed.get() && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		assertTrue(passed.get(), "goes on once the UI thread sleeps");
	}

	private void open() {
		ActionPlan plan = F.createActionPlan();
		workspace.getPlans().add(plan);
		for (int i = 0; i < 200; i++) {
			Action action = F.createAction();
			action.setCode(String.format("AC-%03d", i));
			action.setTitle("Acción de prueba con un título bastante largo para recortarlo, número " + i);
			action.setResponsiblePerson("Persona " + i % 7);
			action.setPriority(1 + i % 4);
			plan.getActions().add(action);
		}
		ui.run(() -> {
			Shell shell = new Shell(ui.display());
			shell.setLayout(new FillLayout());
			rows.setPlan(plan);
			grid = new ActionGrid(shell, rows, new GridContext() {
				@Override
				public EditingDomain domain() {
					return null;
				}

				@Override
				public Workspace workspace() {
					return workspace;
				}

				@Override
				public LocalDate today() {
					return TODAY;
				}
			}, () -> {
			});
			table = grid.natTable();
			shell.setSize(900, 500);
			shell.open();
		});
	}

	/** Lets the UI thread run for several times the pause between two strips. */
	private void waitLongerThanAStrip() {
		AtomicBoolean passed = new AtomicBoolean();
		ui.run(() -> ui.display().timerExec(GridWarmUp.DELAY * 5, () -> passed.set(true)));
		ui.waitUntil("a while", passed::get);
	}

	/** The grid as it is painted with NatTable's own painter of the selection layer. */
	private byte[] pixelsOfNatTablesSelectionPainter() {
		SelectionLayer layer = grid.selectionLayer();
		ILayerPainter painter = layer.getLayerPainter();
		layer.setLayerPainter(new SelectionLayerPainter());
		try {
			return pixels();
		} finally {
			layer.setLayerPainter(painter);
		}
	}

	/** The grid as its painter draws it now. */
	private byte[] pixels() {
		Rectangle area = table.getClientArea();
		Image image = new Image(table.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			table.getLayerPainter().paintLayer(table, gc, 0, 0, area, table.getConfigRegistry());
			return image.getImageData().data;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
