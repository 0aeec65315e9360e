// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Gives the cores to the UI thread while it computes and paints a planner's operation (a sort, a filter, a
 * grouping): the grid's background work (the columns computed ahead, their warm-up, the preparation of the
 * caches) {@linkplain #yieldToUi() waits} at its next checkpoint from the moment an operation {@linkplain #busy()
 * begins} until the grid has {@linkplain #idle() painted} its result, and at most {@link #LONGEST_NANOS}. That work
 * only makes later operations faster; on two cores it took half the UI thread's time right after opening. When the
 * UI thread itself waits for that work (a column being computed), it lets the thread doing it run, and only that
 * one, until it has what it waited for ({@link #waiting(Thread)}, {@link #resume(Thread)}).
 * <p>
 * Work that only prepares later operations (the preparation of the caches, the columns and warm-ups after the first
 * ones: {@link #preparing(boolean)}) also waits while the UI thread is awake at all, once the grid has said which
 * thread that is ({@link #watchUi()}, {@link #uiAsleep(boolean)}): it runs while the UI thread waits for events, or for
 * background work. An operation's own work before it reaches the rows (the click, the command through the layers)
 * and after its paint (the end of the frame) then has the cores too. It still goes on after {@link #LONGEST_NANOS}
 * at each checkpoint, so that a UI thread busy for long does not stop it for good.
 */
final class Foreground {

	/** The longest a checkpoint waits for one operation, whatever happens to the paint (grid hidden, failure). */
	static final long LONGEST_NANOS = TimeUnit.MILLISECONDS.toNanos(300);

	/** How often a waiting checkpoint looks again. */
	private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private final long longest;
	/** Until when (System.nanoTime) the UI thread has an operation on; 0 when none. */
	private volatile long busyUntil;
	/** The thread that began the operation (it never waits at a checkpoint of its own). */
	private volatile Thread owner;
	/** The background thread the operation waits for (it goes past its checkpoints); null when none. */
	private volatile Thread awaited;
	/** The UI thread, once the grid has said which it is ({@link #watchUi()}); null until then. */
	private volatile Thread uiThread;
	/** Whether the UI thread waits for events; true until the grid watches it. */
	private volatile boolean uiAsleep = true;
	/** Whether the UI thread waits for background work ({@link #waiting(Thread)}). */
	private volatile boolean uiWaits;
	/** The threads whose work only prepares later operations. */
	private final Set<Thread> preparing = ConcurrentHashMap.newKeySet();

	Foreground() {
		this(LONGEST_NANOS);
	}

	/** @param longest nanoseconds a checkpoint waits at most for one operation (tests use a long one) */
	Foreground(long longest) {
		this.longest = longest;
	}

	/**
	 * On the UI thread, once: the grid watches it, and tells from now on when it goes to sleep waiting for events and
	 * when it wakes up ({@link #uiAsleep(boolean)}).
	 */
	void watchUi() {
		uiThread = Thread.currentThread();
		uiAsleep = false;
	}

	/** The UI thread goes to sleep waiting for events ({@code true}), or wakes up ({@code false}). */
	void uiAsleep(boolean asleep) {
		uiAsleep = asleep;
	}

	/** Whether work that only prepares later operations would go on now (the UI thread asleep or waiting for it). */
	boolean preparationMayRun() {
		return uiAsleep || uiWaits;
	}

	/**
	 * The current thread's work from now on only prepares later operations ({@code true}): it also waits at its
	 * checkpoints while the UI thread is awake; or no longer ({@code false}).
	 */
	void preparing(boolean on) {
		if (on) {
			preparing.add(Thread.currentThread());
		} else {
			preparing.remove(Thread.currentThread());
		}
	}

	/** On the UI thread: an operation begins; background work waits until {@link #idle()}. */
	void busy() {
		owner = Thread.currentThread();
		// never 0, which means idle
		busyUntil = (System.nanoTime() + longest) | 1;
	}

	/** On the UI thread: the operation's result was painted (or there is none); background work goes on. */
	void idle() {
		busyUntil = 0;
	}

	/** Whether background work would wait now. */
	boolean isBusy() {
		long until = busyUntil;
		return until != 0 && until - System.nanoTime() > 0;
	}

	/**
	 * A thread is about to wait for background work done on {@code worker}: when it is the one with the operation on,
	 * that worker must not wait for it in turn, and goes past its checkpoints until {@link #resume(Thread)}; the rest
	 * of the background work still waits for the operation. With no worker known (null), all of it goes on.
	 * Returns the worker to give {@link #resume(Thread)}.
	 */
	Thread waiting(Thread worker) {
		Thread current = Thread.currentThread();
		if (current != owner && current != uiThread) {
			return null;
		}
		uiWaits = current == uiThread;
		if (worker == null) {
			idle();
			return null;
		}
		awaited = worker;
		return worker;
	}

	/** The wait announced by {@link #waiting(Thread)} is over: {@code worker} waits at its checkpoints again. */
	void resume(Thread worker) {
		Thread current = Thread.currentThread();
		if (current == uiThread) {
			uiWaits = false;
		}
		if (worker != null && (current == owner || current == uiThread) && awaited == worker) {
			awaited = null;
		}
	}

	/**
	 * A checkpoint of background work: returns at once, unless the UI thread has an operation on, then when it has
	 * painted it (or at most {@link #LONGEST_NANOS} after its beginning), or when the operation waits for this very
	 * thread. On a thread {@linkplain #preparing(boolean) preparing} later operations, it also waits while the UI
	 * thread is awake, at most {@link #LONGEST_NANOS} from the checkpoint. Returns at once on the thread with the
	 * operation on, so that code shared with the UI thread may call it.
	 */
	void yieldToUi() {
		Thread current = Thread.currentThread();
		if (current == owner || current == uiThread) {
			return;
		}
		boolean deferred = preparing.contains(current);
		long start = System.nanoTime();
		while (current != awaited) {
			long now = System.nanoTime();
			long until = busyUntil;
			long left;
			if (until != 0 && until - now > 0) {
				left = until - now;
			} else if (deferred && !preparationMayRun() && now - start < longest) {
				left = longest - (now - start);
			} else {
				return;
			}
			LockSupport.parkNanos(Math.min(left, POLL_NANOS));
		}
	}
}
