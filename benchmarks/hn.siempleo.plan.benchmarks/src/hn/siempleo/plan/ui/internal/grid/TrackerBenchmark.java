// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntConsumer;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.viewport.command.ShowRowInViewportCommand;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import ca.odell.glazedlists.BasicEventList;
import ca.odell.glazedlists.EventList;
import ca.odell.glazedlists.FilterList;
import ca.odell.glazedlists.SortedList;
import hn.siempleo.benchmarks.support.BenchmarkLog;
import hn.siempleo.model.Action;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ActionSpreadsheets;
import hn.siempleo.tests.uikit.NatTableDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WidgetIds;

/**
 * The tracker grid over a generated plan of 100,000 actions: time to open it (rows, layers, first paint),
 * to sort by each kind of column and to filter through the filter row, the search box and grouping, each
 * until the grid has painted the new rows (what a user sees: on GTK 3 {@code redraw(); update()} does not
 * paint at once, the paint comes when the UI thread dispatches events again, so each time waits for it). The tracker
 * computes its columns ahead on a thread of its own and prepares its caches in a background job from the moment it
 * opens; as the tracker part does, the preparation starts as soon as the grid is open. The first lines time a sort
 * at once after the first paint, while that work runs (the worst case), then a filter as a planner types one: the
 * click that opens the filter cell's editor until it shows, then Enter until the grid has painted the filtered rows
 * (until the eighteenth round both were timed as one operation); the UI thread's CPU time, the collector's pauses and
 * where the cores' time went are shown for each. Then the preparation is timed from the opening to its end, then
 * every operation: "cold" is its first run, "warm" the median of five more (sorts alternate ascending and
 * descending). The operations right after opening are timed again in four more sessions, each a JVM of its own
 * ({@link TrackerFreshSession}): the summary's row gives their median over the five ({@link TrackerSessions}).
 * A measurement, not a test: it never fails on a time. GlazedLists' SortedList and FilterList on the same
 * actions are measured for comparison.
 */
class TrackerBenchmark {

	private static final int ACTIONS = 100_000;
	private static final int RUNS = 5;
	private static final String TITLE = "Benchmark del seguimiento";
	/** How many times {@link #paintCost()} paints the grid, after a first time. */
	private static final int RUNS_OF_PAINT = 30;
	/**
	 * Milliseconds between the grid's first paint and the first sort (a planner's first click), the UI thread idle
	 * meanwhile: {@code -Dsiempleo.bench.tracker.firstClick=400}. 0 by default, the worst case: the sort comes as
	 * soon as the grid has painted.
	 */
	private static final long FIRST_CLICK = Long.getLong("siempleo.bench.tracker.firstClick", 0);

	private final UiKit ui = UiKit.forWorkbench();
	private final LocalDate today = LocalDate.now();
	private BenchmarkLog log;
	private TrackerRows rows;
	private ActionGrid grid;
	/** Every sort, filter, search and grouping: the worst first run and the worst warm median, with their names. */
	private double worstCold;
	private String worstColdName = "";
	private double worstWarm;
	private String worstWarmName = "";
	/** How many times the grid has painted (counted after NatTable's own painting). */
	private int paints;

	@Test
	void openSortAndFilter() throws Exception {
		log = new BenchmarkLog("tracker");
		TrackerSessions.reset();
		GeneratedPlan data = generate();
		long opened = System.nanoTime();
		TrackerRows.Preparation preparation = open(data);
		Thread worker = new Thread(preparation, "preparación");
		worker.start();
		NatTableDriver driver = ui.shell(TITLE).natTable("bench.grid");
		try {
			TrackerSessions.Sample early = rightAfterOpening(driver);
			worker.join();
			double background = millis(opened);
			boolean adopted = ui.call(() -> rows.adopt(preparation));
			log.line(String.format("%-44s %10.0f %10s",
					"background preparation, from the opening (off the UI thread)" + (adopted ? "" : " NOT ADOPTED"),
					background, "-"));
			for (String header : List.of("Código", "Título", "Prioridad", "Responsable", "Fecha límite",
					"Costo estimado (L)", "Estado", "Semáforo")) {
				boolean[] descending = { false };
				measure("sort by " + header, () -> {
					driver.sortBy(header, descending[0] ? SortDirectionEnum.DESC : SortDirectionEnum.ASC);
					descending[0] = !descending[0];
				});
			}
			driver.sortBy("Código", SortDirectionEnum.ASC);
			filter(driver, "Eje", "EJE2");
			filter(driver, "Prioridad", "1");
			filter(driver, "Responsable", "persona 42");
			filter(driver, "Fecha límite", ">=01/06/2025");
			filter(driver, "Título", "capacitar");
			measureOnOff("search box \"capacitar orientadores\"", () -> {
				rows.query().setSearch("capacitar orientadores");
				rowsChanged();
			}, "search box cleared", () -> {
				rows.query().setSearch("");
				rowsChanged();
			});
			measureOnOff("\"lo que falta por definir\" on", () -> {
				rows.query().setIncompleteOnly(true);
				rowsChanged();
			}, "\"lo que falta por definir\" off", () -> {
				rows.query().setIncompleteOnly(false);
				rowsChanged();
			});
			measureOnOff("group by axis (subtotals)", () -> group(GroupBy.AXIS), "ungroup (from axis)",
					() -> group(GroupBy.NONE));
			measureOnOff("group by office (subtotals)", () -> group(GroupBy.OFFICE), "ungroup (from office)",
					() -> group(GroupBy.NONE));
			measure("edit one cell, refresh sorted rows", () -> edit(data));
			paintCost();
			newRowsPaintCost();
			TrackerSessions.add(early);
			TrackerSessions.writeRow(worstWarm, worstWarmName, worstCold, worstColdName);
			export(data);
			glazedLists(data);
			Runtime runtime = Runtime.getRuntime();
			log.line(String.format("heap in use with the grid open: %d MB",
					(runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024)));
		} finally {
			close();
		}
	}

	/**
	 * A session of its own (run by {@link TrackerFreshSession} in a JVM of its own): the plan generated, the grid
	 * opened and the operations right after opening, as the benchmark's first lines, nothing else; the row of the
	 * summary is written again with this session's figures among the others.
	 */
	void freshSession() throws Exception {
		log = new BenchmarkLog("tracker");
		log.line("a session of its own (a fresh JVM): the operations right after opening only");
		GeneratedPlan data = generate();
		Thread worker = new Thread(open(data), "preparación");
		worker.start();
		try {
			TrackerSessions.Sample early = rightAfterOpening(ui.shell(TITLE).natTable("bench.grid"));
			worker.join();
			TrackerSessions.add(early);
			TrackerSessions.writeRow();
		} finally {
			close();
		}
	}

	/** Closes the grid and lets go of the plan. */
	private void close() {
		ui.run(() -> {
			grid.natTable().getShell().dispose();
			rows.setPlan(null);
		});
	}

	/** The plan of {@link #ACTIONS} actions, its generation timed and logged. */
	private GeneratedPlan generate() throws Exception {
		long start = System.nanoTime();
		GeneratedPlan data = new GeneratedPlan(ACTIONS);
		log.line(String.format("generated plan: %,d actions in %.0f ms", ACTIONS, millis(start)));
		return data;
	}

	/**
	 * Opens the grid on the plan (timed and logged) and returns the preparation of its caches, to be started at once,
	 * as {@code TrackerPart.prepareInBackground} does right after the rows are shown.
	 */
	private TrackerRows.Preparation open(GeneratedPlan data) throws Exception {
		log.line(String.format("%-44s %10s %10s", "operation (100,000 actions)", "cold ms", "warm ms"));
		double open = ui.call(() -> timed(() -> openGrid(data)));
		log.line(String.format("%-44s %10.0f %10s", "open grid (rows, layers, first paint)", open, "-"));
		return ui.call(rows::preparation);
	}

	/**
	 * The operations right after opening, while the preparation runs: a sort at once after the first paint (or
	 * {@link #FIRST_CLICK} later), then a filter as a planner types it (a click opens the cell's editor; Enter, the
	 * text typed, applies it); each logged. Leaves the grid unfiltered and unsorted.
	 */
	private TrackerSessions.Sample rightAfterOpening(NatTableDriver driver) throws Exception {
		String firstClick = FIRST_CLICK == 0 ? "" : " (" + FIRST_CLICK + " ms after the first paint)";
		if (FIRST_CLICK > 0) {
			Thread.sleep(FIRST_CLICK);
		}
		double sort = early("during the background preparation: sort by Título" + firstClick, () -> {
			driver.sortBy("Título", SortDirectionEnum.ASC);
			paint();
		});
		ICellEditor[] editor = new ICellEditor[1];
		double shown = early("during the background preparation: filter cell clicked, editor shown", () -> {
			editor[0] = driver.openFilterRowEditor("Responsable");
			ui.display().update();
		});
		double filter = early("during the background preparation: filter Responsable applied (Enter)", () -> {
			editor[0].setEditorValue("persona 7");
			editor[0].commit(MoveDirectionEnum.NONE);
			paint();
		});
		ui.run(() -> {
			driver.typeInFilterRow("Responsable", "");
			driver.sortBy("Título", SortDirectionEnum.NONE);
		});
		return new TrackerSessions.Sample(firstClick, sort, shown, filter);
	}

	private void openGrid(GeneratedPlan data) {
		Shell shell = new Shell(ui.display());
		shell.setText(TITLE);
		shell.setLayout(new FillLayout());
		rows = new TrackerRows(() -> today);
		rows.setPlan(data.plan);
		grid = new ActionGrid(shell, rows, context(data), () -> {
		});
		WidgetIds.tag(grid.natTable(), "bench.grid");
		grid.natTable().addPaintListener(event -> paints++);
		shell.setSize(1400, 900);
		shell.open();
		shell.layout(true, true);
		paint();
	}

	/**
	 * Times an operation right after opening on the UI thread, and logs it with the UI thread's CPU time and the
	 * collector's pauses meanwhile, and on Linux where the cores' time went ({@link ThreadTimes}: what the rest of the
	 * time went to: the UI thread waiting for a core while the compilers, the background work or the collector ran).
	 */
	private double early(String name, Runnable operation) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double[] cpu = new double[1];
		long[] paused = new long[1];
		String[] cores = new String[1];
		double time = ui.call(() -> {
			ThreadTimes times = new ThreadTimes();
			long[][] start = times.snapshot();
			long before = threads.getCurrentThreadCpuTime();
			paused[0] = pausedMillis();
			double wall = timed(operation);
			paused[0] = pausedMillis() - paused[0];
			cpu[0] = (threads.getCurrentThreadCpuTime() - before) / 1e6;
			cores[0] = times.between(start, times.snapshot());
			return wall;
		});
		log.line(String.format("%-44s %10.0f %10s   (UI thread CPU %.0f ms, collector pauses %d ms)", name, time, "-",
				cpu[0], paused[0]));
		if (!cores[0].isEmpty()) {
			log.line("    " + cores[0]);
		}
		return time;
	}

	/**
	 * Milliseconds the JVM's collectors have stopped the application so far (their own count; the time of a
	 * concurrent collector, which does not stop it, left out).
	 */
	private static long pausedMillis() {
		long paused = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (!collector.getName().contains("Concurrent")) {
				paused += Math.max(0, collector.getCollectionTime());
			}
		}
		return paused;
	}

	/** Times typing a filter (rows sorted by code); clearing it again is not timed. */
	private void filter(NatTableDriver driver, String header, String text) throws Exception {
		double[] times = new double[RUNS + 1];
		int[] shown = new int[1];
		for (int run = 0; run <= RUNS; run++) {
			times[run] = ui.call(() -> timed(() -> {
				driver.typeInFilterRow(header, text);
				paint();
			}));
			shown[0] = ui.call(() -> rows.matchedActions().size());
			ui.run(() -> driver.typeInFilterRow(header, ""));
		}
		double warm = BenchmarkLog.median(Arrays.copyOfRange(times, 1, RUNS + 1));
		log.line(String.format("%-44s %10.1f %10.1f", "filter row " + header + " \"" + text + "\" (" + shown[0] + ")",
				times[0], warm));
		worst("filter " + header, times[0], warm);
	}

	/**
	 * What the grid's own painting of every cell shown costs, without the window system: painted into an image by
	 * the grid's painter, 31 times, the median of the last 30.
	 */
	private void paintCost() throws Exception {
		double[] times = ui.call(() -> paintsIntoImage(run -> {
		}));
		log.line(String.format("%-44s %10s %10.1f", "paint every cell shown, into an image", "-",
				BenchmarkLog.median(Arrays.copyOfRange(times, 1, times.length))));
	}

	/**
	 * What painting rows never shown costs, as a sort or a filter shows them: the grid scrolled to a screen of rows
	 * not shown before, then painted into an image by its painter; 31 screens, the median of the last 30. Their
	 * texts are measured and drawn for the first time (unless another row showed the same text).
	 */
	private void newRowsPaintCost() throws Exception {
		int count = ui.call(() -> rows.visible().size());
		int screens = RUNS_OF_PAINT + 1;
		double[] times = ui.call(() -> paintsIntoImage(run -> {
			// screens far apart in the plan's order, below any row shown so far
			int row = Math.min(count - 1, 20_000 + run * ((count - 20_000) / screens));
			grid.natTable().doCommand(new ShowRowInViewportCommand(row));
		}));
		ui.run(() -> grid.natTable().doCommand(new ShowRowInViewportCommand(0)));
		log.line(String.format("%-44s %10s %10.1f", "paint rows never shown, into an image", "-",
				BenchmarkLog.median(Arrays.copyOfRange(times, 1, times.length))));
	}

	/**
	 * Paints the grid into an image of its client area by the grid's painter RUNS_OF_PAINT + 1 times, each after
	 * {@code before} (given the run's number), and returns the time of each paint. UI thread only.
	 */
	private double[] paintsIntoImage(IntConsumer before) {
		NatTable table = grid.natTable();
		Rectangle area = table.getClientArea();
		Image image = new Image(table.getDisplay(), area.width, area.height);
		GC gc = new GC(image);
		try {
			gc.setFont(table.getFont());
			double[] runs = new double[RUNS_OF_PAINT + 1];
			for (int run = 0; run < runs.length; run++) {
				before.accept(run);
				runs[run] = timed(() -> table.getLayerPainter().paintLayer(table, gc, 0, 0, area,
						table.getConfigRegistry()));
			}
			return runs;
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	private void group(GroupBy groupBy) {
		rows.setGroupBy(groupBy);
		grid.rowsChanged();
	}

	private void edit(GeneratedPlan data) {
		Action action = rows.matchedActions().get(1000);
		new CellWriter(context(data)).write(action, ActionColumn.RESPONSIBLE,
				"Responsable " + System.nanoTime() % 1000);
		rows.refreshIfChanged();
		rowsChanged();
	}

	/** Runs an operation once (cold) and RUNS more times (warm) on the UI thread, with repaints. */
	private void measure(String name, Runnable operation) throws Exception {
		double cold = ui.call(() -> timed(() -> {
			operation.run();
			paint();
		}));
		double[] warm = new double[RUNS];
		for (int run = 0; run < RUNS; run++) {
			warm[run] = ui.call(() -> timed(() -> {
				operation.run();
				paint();
			}));
		}
		log.line(String.format("%-44s %10.1f %10.1f", name, cold, BenchmarkLog.median(warm)));
		if (!name.startsWith("edit")) {
			worst(name, cold, BenchmarkLog.median(warm));
		}
	}

	/**
	 * An operation and the one that undoes it (a search and its clearing, a grouping and ungrouping), each timed on
	 * its own until painted: once cold, RUNS more times warm, in turn. Up to the fifth round the two were timed
	 * together, as one figure for two operations.
	 */
	private void measureOnOff(String onName, Runnable on, String offName, Runnable off) throws Exception {
		double[] onTimes = new double[RUNS + 1];
		double[] offTimes = new double[RUNS + 1];
		for (int run = 0; run <= RUNS; run++) {
			onTimes[run] = ui.call(() -> timed(() -> {
				on.run();
				paint();
			}));
			offTimes[run] = ui.call(() -> timed(() -> {
				off.run();
				paint();
			}));
		}
		double onWarm = BenchmarkLog.median(Arrays.copyOfRange(onTimes, 1, RUNS + 1));
		double offWarm = BenchmarkLog.median(Arrays.copyOfRange(offTimes, 1, RUNS + 1));
		log.line(String.format("%-44s %10.1f %10.1f", onName, onTimes[0], onWarm));
		log.line(String.format("%-44s %10.1f %10.1f", offName, offTimes[0], offWarm));
		worst(onName, onTimes[0], onWarm);
		worst(offName, offTimes[0], offWarm);
	}

	private void worst(String name, double cold, double warm) {
		if (cold > worstCold) {
			worstCold = cold;
			worstColdName = name;
		}
		if (warm > worstWarm) {
			worstWarm = warm;
			worstWarmName = name;
		}
	}

	/** As the tracker part does after a change of its filters or of the model (the grid then repaints). */
	private void rowsChanged() {
		rows.recompute();
		grid.rowsChanged();
		grid.natTable().redraw();
	}

	/**
	 * Waits, dispatching events, until the grid has painted again: the grid repaints itself after a change of
	 * its rows, as in the product, and the time until that paint has ended is what a user waits for.
	 */
	private void paint() {
		int before = paints;
		Display display = grid.natTable().getDisplay();
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (paints == before && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(5, () -> {
				});
				display.sleep();
			}
		}
	}

	/** The export of every column, twice: the first run loads POI's classes, the second is the one that counts. */
	private void export(GeneratedPlan data) throws Exception {
		ActionSpreadsheets spreadsheets = ui.call(() -> PlatformUI.getWorkbench().getService(ActionSpreadsheets.class));
		Path file = Files.createTempFile("seguimiento", ".xlsx");
		double[] times = new double[2];
		for (int run = 0; run < times.length; run++) {
			long start = System.nanoTime();
			try (OutputStream out = Files.newOutputStream(file)) {
				spreadsheets.export(data.plan.getActions(), Arrays.asList(ActionColumn.values()), today, out);
			}
			times[run] = millis(start);
		}
		log.line(String.format("%-44s %10.0f %10.0f", "export 100,000 actions to XLSX (" + Files.size(file) / 1024 + " KB)",
				times[0], times[1]));
		BenchmarkLog.row(7, "XLSX export of 100,000 actions (every column, 2nd run)", String.format("%.0f ms", times[1]),
				"-", "≤ 2000 ms", String.format("%.2f× the target", times[1] / 2000));
		Files.delete(file);
	}

	private void glazedLists(GeneratedPlan data) throws Exception {
		EventList<Action> base = new BasicEventList<>();
		base.addAll(data.plan.getActions());
		long start = System.nanoTime();
		FilterList<Action> filtered = new FilterList<>(base);
		SortedList<Action> sorted = new SortedList<>(filtered, null);
		double build = millis(start);
		start = System.nanoTime();
		sorted.setComparator(Comparator.comparing(Action::getCode));
		double sort = millis(start);
		start = System.nanoTime();
		filtered.setMatcher(action -> action.getPriority() == 1);
		double filter = millis(start);
		log.line(String.format("for comparison, GlazedLists 1.11 on the same actions: FilterList+SortedList %.0f ms,"
				+ " SortedList by code %.0f ms, FilterList priority 1 %.0f ms (%d rows)", build, sort, filter,
				sorted.size()));
	}

	private GridContext context(GeneratedPlan data) {
		return new GridContext() {
			@Override
			public EditingDomain domain() {
				return data.domain;
			}

			@Override
			public Workspace workspace() {
				return data.workspace;
			}

			@Override
			public LocalDate today() {
				return today;
			}
		};
	}

	private static double timed(Runnable operation) {
		long start = System.nanoTime();
		operation.run();
		return millis(start);
	}

	private static double millis(long start) {
		return (System.nanoTime() - start) / 1e6;
	}
}
