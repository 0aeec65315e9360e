// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import hn.siempleo.model.Action;
import hn.siempleo.plan.io.ActionColumn;

/**
 * The folded texts and ranks of columns, computed on a thread of its own from the moment the rows are set,
 * in the order a planner most likely sorts or filters by, so that a sort right after the grid opened (while
 * the grid is still being built and painted on the UI thread) finds its column ready or being computed. Each
 * column is computed once: by this thread, or by whoever {@linkplain #take takes} it first; a column being
 * computed is waited for. The model must not change meanwhile: the cache drops the prefetch at any change.
 */
final class ColumnPrefetch {

	/** The columns in the order they are computed: the texts first (the costly ones), then the rest. */
	static final List<ActionColumn> ORDER = List.of(ActionColumn.TITLE, ActionColumn.RESPONSIBLE,
			ActionColumn.CODE, ActionColumn.DUE, ActionColumn.START, ActionColumn.STATUS, ActionColumn.PRIORITY,
			ActionColumn.COST, ActionColumn.TRAFFIC_LIGHT, ActionColumn.PROGRESS, ActionColumn.AXIS,
			ActionColumn.OFFICES, ActionColumn.FUNDING, ActionColumn.DIMENSION, ActionColumn.PHASE,
			ActionColumn.RESOURCE_TYPE, ActionColumn.CRITERION);

	private static final int FREE = 0;
	private static final int BUSY = 1;
	private static final int FOLDED = 2;
	private static final int DONE = 3;

	private final List<Action> actions;
	private final LocalDate day;
	/**
	 * Run on this prefetch's thread once the first column of {@link #ORDER} is computed (a sort right after opening most
	 * likely needs that column first); may be null.
	 */
	private final Runnable afterFirst;
	/** Given this prefetch once the columns a planner most likely uses first are computed; may be null. */
	private final Consumer<ColumnPrefetch> warmUp;
	private final Foreground foreground;
	private final AtomicIntegerArray state = new AtomicIntegerArray(ActionColumn.values().length);
	/** The thread computing each column, from when it claims it. */
	private final AtomicReferenceArray<Thread> workers = new AtomicReferenceArray<>(ActionColumn.values().length);
	private final String[][] texts = new String[ActionColumn.values().length][];
	private final int[][] ranks = new int[ActionColumn.values().length][];
	private volatile boolean cancelled;

	/** A column's folded texts and ranks, indexed by position in the plan. */
	record Column(String[] texts, int[] ranks) {
	}

	/**
	 * After which column of {@link #ORDER} the warm-up runs: the first two (a first sort, a first filter). From that
	 * column's ranks on, the thread only {@linkplain Foreground#preparing(boolean) prepares} later operations: a first
	 * filter needs only its texts, and its ranks are the first the merge sort of texts runs on, whose compilation by
	 * C2 otherwise took the other core through a sort right after opening.
	 */
	private static final int WARM_UP_AFTER = 1;

	/**
	 * @param afterFirst run on its thread once the first column of {@link #ORDER} is computed (null for none); a failure
	 *            there is ignored
	 * @param warmUp given this prefetch on its thread once the first columns of {@link #ORDER} are computed (null
	 *            for none); a failure there is ignored
	 * @param foreground what the computation {@linkplain Foreground#yieldToUi() yields} to while the UI thread has
	 *            a planner's operation on
	 */
	ColumnPrefetch(List<Action> actions, LocalDate day, Runnable afterFirst, Consumer<ColumnPrefetch> warmUp,
			Foreground foreground) {
		this.actions = actions;
		this.day = day;
		this.afterFirst = afterFirst;
		this.warmUp = warmUp;
		this.foreground = foreground;
	}

	/** What this prefetch's work yields to. */
	Foreground foreground() {
		return foreground;
	}

	/** The actions, in plan order. */
	List<Action> actions() {
		return actions;
	}

	/** Whether it was cancelled (something changed since it started). */
	boolean cancelled() {
		return cancelled;
	}

	/** The day the texts are computed for. */
	LocalDate day() {
		return day;
	}

	/** Starts computing on a daemon thread of its own. */
	ColumnPrefetch start() {
		Thread.ofPlatform().daemon().name("seguimiento: columnas").start(this::run);
		return this;
	}

	/**
	 * Computes every column not yet taken, in {@link #ORDER}, until {@linkplain #cancel cancelled}. A failure
	 * (the model changed while it was read: the prefetch is then dropped anyway) ends it quietly; the columns
	 * left are computed on demand on the UI thread, where a failure that is not a race shows.
	 */
	void run() {
		try {
			for (int i = 0; i < ORDER.size(); i++) {
				ActionColumn column = ORDER.get(i);
				if (cancelled) {
					return;
				}
				if (state.compareAndSet(column.ordinal(), FREE, BUSY)) {
					compute(column, i == WARM_UP_AFTER);
				}
				if (i == 0 && afterFirst != null) {
					warmUp(afterFirst);
				}
				if (i == WARM_UP_AFTER) {
					// what a planner most likely needs first is computed: the rest only prepares later operations
					foreground.preparing(true);
					if (warmUp != null) {
						warmUp(() -> warmUp.accept(this));
					}
				}
			}
		} catch (RuntimeException e) {
			cancelled = true;
		} finally {
			foreground.preparing(false);
		}
	}

	/** Runs a warm-up; a failure there is ignored. */
	private static void warmUp(Runnable warmUp) {
		try {
			warmUp.run();
		} catch (RuntimeException e) {
			// only a warm-up: what it computed is thrown away, and the columns go on
		}
	}

	/** Stops computing after the current column; what was taken stays valid for whoever took it. */
	void cancel() {
		cancelled = true;
	}

	/**
	 * A column: computed by the prefetch (waiting while it is being computed), or computed here on the caller's
	 * thread when the prefetch has not begun it.
	 */
	Column take(ActionColumn column) {
		int c = column.ordinal();
		if (state.compareAndSet(c, FREE, BUSY)) {
			compute(column, false);
		} else {
			await(c, DONE);
		}
		synchronized (this) {
			return new Column(texts[c], ranks[c]);
		}
	}

	/**
	 * A column's folded texts, once folded (its ranks may still be being computed), for a column already
	 * {@linkplain #claimed claimed}; null when they could not be computed.
	 */
	String[] takeTexts(ActionColumn column) {
		int c = column.ordinal();
		await(c, FOLDED);
		synchronized (this) {
			return texts[c];
		}
	}

	/** Waits until a column reached a state. */
	private void await(int c, int reached) {
		synchronized (this) {
			boolean interrupted = false;
			Thread worker = null;
			if (state.get(c) < reached) {
				// the UI thread waiting for a column: its computation must not wait for the UI thread in turn
				worker = foreground.waiting(computing(c));
			}
			while (state.get(c) < reached) {
				try {
					wait();
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
			foreground.resume(worker);
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * The thread computing a claimed column. The thread that claims a column names itself just after: a column
	 * claimed an instant ago is waited for until it does, so that the wait lets that thread, and only it, go on.
	 */
	private Thread computing(int c) {
		Thread worker = workers.get(c);
		while (worker == null && state.get(c) == BUSY) {
			Thread.onSpinWait();
			worker = workers.get(c);
		}
		return worker;
	}

	/** Whether a column's ranks are computed (or could not be): its work is over. */
	boolean ranked(ActionColumn column) {
		return state.get(column.ordinal()) == DONE;
	}

	/** Whether a column is computed (or being computed): then {@link #take} does not compute it again. */
	boolean claimed(ActionColumn column) {
		return state.get(column.ordinal()) != FREE;
	}

	/**
	 * Computes a column's texts, then its ranks; with {@code ranksPrepare}, the ranks and everything after them only
	 * {@linkplain Foreground#preparing(boolean) prepare} later operations.
	 */
	private void compute(ActionColumn column, boolean ranksPrepare) {
		workers.set(column.ordinal(), Thread.currentThread());
		String[] values = null;
		int[] columnRanks = null;
		try {
			values = ColumnValues.column(column, actions, day, foreground);
			synchronized (this) {
				// a filter needs only the texts: it need not wait for the ranks
				texts[column.ordinal()] = values;
				state.set(column.ordinal(), FOLDED);
				notifyAll();
			}
			if (ranksPrepare) {
				foreground.preparing(true);
			}
			columnRanks = ColumnValues.ranks(column, actions, day, values, foreground);
		} finally {
			synchronized (this) {
				texts[column.ordinal()] = columnRanks == null ? null : values;
				ranks[column.ordinal()] = columnRanks;
				state.set(column.ordinal(), DONE);
				notifyAll();
			}
		}
	}
}
