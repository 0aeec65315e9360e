// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import org.eclipse.swt.widgets.Display;

/**
 * Wakes the UI thread every few milliseconds while it waits for another thread, so that a lost
 * {@link Display#wake()} costs at most one period instead of the time to the next GTK timer.
 * <p>
 * Why: {@code WorkbenchAdvisor.openWindows()} spins {@code Display.sleep()} until its start-up thread sets a
 * flag and calls {@code Display.wake()}. On GTK that wake can be lost: {@code wake()} signals GLib and then
 * sets SWT's {@code wake} flag, while {@code sleep()} clears the flag just before it polls; when the signal
 * is consumed by one poll and the flag is cleared after it was set, the next poll waits for the next GLib
 * timeout. {@code Display.sleep()} caps the poll at 50 ms only when no timeout is pending; at start-up a
 * timeout some 16 s away usually is, and the window then appeared ~16 s late (about 1 start in 7 on a busy
 * machine, stack: main in {@code Display.sleep} under {@code openWindows}, the start-up thread gone,
 * {@code poll(…, 16672)}). A pending {@link Display#timerExec(int, Runnable)} bounds every poll by the period.
 * The workbench's own guard (a 5 ms sleep before the wake, Eclipse bug 429363) narrows the race only; a fix in
 * the workbench is proposed upstream (eclipse-platform/eclipse.platform.ui pull request 4297) — this ticker can
 * go once the target platform has it.
 * Use on the UI thread.
 */
final class UiThreadTicker implements AutoCloseable {

	/** The longest a lost wake delays the UI thread, in milliseconds. */
	static final int PERIOD_MILLIS = 50;

	private final Display display;
	private final Runnable tick = this::tick;
	private int ticks;
	private boolean closed;

	private UiThreadTicker(Display display) {
		this.display = display;
	}

	/** Starts ticking on {@code display} until {@link #close()}. */
	static UiThreadTicker start(Display display) {
		UiThreadTicker ticker = new UiThreadTicker(display);
		display.timerExec(PERIOD_MILLIS, ticker.tick);
		return ticker;
	}

	/** How many times the UI thread was woken so far. */
	int ticks() {
		return ticks;
	}

	private void tick() {
		ticks++;
		if (!closed && !display.isDisposed()) {
			display.timerExec(PERIOD_MILLIS, tick);
		}
	}

	/** Stops ticking (the pending timer is dropped). */
	@Override
	public void close() {
		closed = true;
		if (!display.isDisposed()) {
			display.timerExec(-1, tick);
		}
	}
}
