// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

/**
 * Collects items from any thread and hands them to a consumer on the UI thread, one batch per burst: the
 * first item of a burst posts a single {@link Display#asyncExec(Runnable)}, later items join the pending
 * batch until it runs. A batch is dropped when the display is gone or the owner says it is no longer alive
 * (for example, its viewer was disposed).
 *
 * @param <T> the kind of item collected
 */
public final class UiBatcher<T> {

	private final Display display;
	private final BooleanSupplier alive;
	private final Consumer<List<T>> consumer;
	private final Object lock = new Object();
	private List<T> pending = new ArrayList<>();
	private boolean scheduled;

	/**
	 * @param display the display whose UI thread runs the consumer
	 * @param alive asked on the UI thread before each batch; a batch is dropped when it answers false
	 * @param consumer receives each non-empty batch, in arrival order, on the UI thread
	 */
	public UiBatcher(Display display, BooleanSupplier alive, Consumer<List<T>> consumer) {
		this.display = display;
		this.alive = alive;
		this.consumer = consumer;
	}

	/** Adds an item to the current burst; may be called on any thread. */
	public void add(T item) {
		synchronized (lock) {
			pending.add(item);
			if (scheduled) {
				return;
			}
			scheduled = true;
		}
		try {
			if (!display.isDisposed()) {
				display.asyncExec(this::flush);
				return;
			}
		} catch (SWTException e) {
			// the display was disposed between the check and the post: nobody is left to update
		}
		discard();
	}

	/** Runs the pending batch now; called on the UI thread by the posted runnable. */
	void flush() {
		List<T> batch;
		synchronized (lock) {
			batch = pending;
			pending = new ArrayList<>();
			scheduled = false;
		}
		if (!batch.isEmpty() && !display.isDisposed() && alive.getAsBoolean()) {
			consumer.accept(batch);
		}
	}

	private void discard() {
		synchronized (lock) {
			pending = new ArrayList<>();
			scheduled = false;
		}
	}
}
