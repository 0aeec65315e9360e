// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.swt.widgets.Display;

/**
 * Runs a task on the UI thread once a burst of requests has been quiet for a while: a burst of edits costs
 * one refresh. Use on the UI thread.
 */
public final class Debouncer {

	/** The quiet time the views use after the last edit, in milliseconds. */
	public static final int EDIT_QUIET_MILLIS = 400;

	private final Display display;
	private final int millis;
	private final Runnable task;
	private final Runnable timer = this::fire;

	public Debouncer(Display display, int millis, Runnable task) {
		this.display = display;
		this.millis = millis;
		this.task = task;
	}

	/** Runs the task {@code millis} after the last call (a pending run moves later). */
	public void schedule() {
		if (!display.isDisposed()) {
			display.timerExec(millis, timer);
		}
	}

	/** Drops a pending run. */
	public void cancel() {
		if (!display.isDisposed()) {
			display.timerExec(-1, timer);
		}
	}

	/** Drops a pending run and runs the task now. */
	public void now() {
		cancel();
		task.run();
	}

	private void fire() {
		task.run();
	}

	/**
	 * A session listener that refreshes a view at once when another model is opened and after
	 * {@link #EDIT_QUIET_MILLIS} of quiet when the model is edited. {@link #cancel()} it on dispose.
	 */
	public static ModelSessionListener refreshing(Debouncer debouncer) {
		return new ModelSessionListener() {
			@Override
			public void modelReplaced(hn.siempleo.core.OpenModel model) {
				debouncer.now();
			}

			@Override
			public void modelEdited(hn.siempleo.core.OpenModel model) {
				debouncer.schedule();
			}
		};
	}
}
