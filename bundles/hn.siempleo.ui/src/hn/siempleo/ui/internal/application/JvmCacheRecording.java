// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import java.lang.management.ManagementFactory;
import java.util.function.Consumer;

import javax.management.JMException;
import javax.management.ObjectName;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.OpenModel;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;

/**
 * Ends the JVM's recording for its ahead-of-time cache once the workbench has started. siempleo.sh records the
 * first start of a user ({@code -XX:AOTMode=record}, with {@code -Dsiempleo.aot.record=true}) and makes the cache
 * from the recording after the exit. Recorded to the exit, the cache would hold every JDK class and profile of a
 * whole first session (the reports, the tracker, the exports) and every later start would map and link them all:
 * measured, such a cache starts the window later than one recorded over the start alone. So the recording ends
 * once the window is visible with a model shown (at the turn of the event loop after the views' refresh) and
 * input has then been quiet for {@value #QUIET_MILLIS} ms, or {@value #FALLBACK_MILLIS} ms after the window opened
 * without a model; once, on a thread of its own, through the JVM's diagnostic command {@code AOT.end_recording}.
 * The JVM stops every thread while it writes the recording (about 1.5 s here), so the status line says what is
 * happening first. Use on the UI thread.
 */
final class JvmCacheRecording implements ModelSessionListener {

	/** System property siempleo.sh sets in a recording start. */
	static final String PROPERTY = "siempleo.aot.record"; //$NON-NLS-1$

	/** Input-free time before the recording ends, in milliseconds. */
	static final int QUIET_MILLIS = 1000;

	/** When the recording ends without a model shown, in milliseconds after the window opened. */
	static final int FALLBACK_MILLIS = 10_000;

	/** Time for the status line to paint its message before the JVM stops the threads, in milliseconds. */
	private static final int STATUS_PAINT_MILLIS = 150;

	private static final int[] INPUT_EVENTS = { SWT.KeyDown, SWT.MouseDown, SWT.MouseVerticalWheel,
			SWT.MouseHorizontalWheel, SWT.Gesture, SWT.Touch };

	private final Shell shell;
	private final Display display;
	private final ModelSession session;
	private final Consumer<Runnable> ender;
	private final Consumer<String> status;
	private final int quietMillis;
	private final Listener inputFilter = event -> lastInput = System.nanoTime();
	private final Runnable check = this::check;
	private final Runnable fallback = this::ready;
	private long lastInput = System.nanoTime();
	private boolean ready;
	private boolean ended;

	/**
	 * @param ender   ends the recording, then runs the given callback (on any thread)
	 * @param status  shows a message in the status line (null clears it)
	 */
	JvmCacheRecording(Shell shell, ModelSession session, Consumer<Runnable> ender, Consumer<String> status,
			int quietMillis) {
		this.shell = shell;
		this.display = shell.getDisplay();
		this.session = session;
		this.ender = ender;
		this.status = status;
		this.quietMillis = quietMillis;
	}

	/** Watches the start when this is a recording start; returns whether it is. */
	static boolean installIfRecording(Shell shell, ModelSession session, Consumer<String> status) {
		if (!Boolean.getBoolean(PROPERTY)) {
			return false;
		}
		new JvmCacheRecording(shell, session, JvmCacheRecording::endInBackground, status, QUIET_MILLIS)
				.start(FALLBACK_MILLIS);
		return true;
	}

	/** Starts watching: input, the session, and the fallback {@code fallbackMillis} from now. */
	void start(int fallbackMillis) {
		for (int type : INPUT_EVENTS) {
			display.addFilter(type, inputFilter);
		}
		if (session != null) {
			session.addListener(this);
			if (session.current() != null) {
				modelReplaced(session.current());
			}
		}
		display.timerExec(fallbackMillis, fallback);
	}

	@Override
	public void modelReplaced(OpenModel model) {
		if (model != null && !ready) {
			// the views refresh on this event: the start is over at the next turn of the event loop, once shown
			display.asyncExec(this::whenShown);
		}
	}

	private void whenShown() {
		if (ended || shell.isDisposed()) {
			return;
		}
		if (!shell.isVisible()) {
			display.timerExec(50, this::whenShown);
			return;
		}
		ready();
	}

	/** The start is over (a model shown, or the fallback): end once input has been quiet long enough. */
	void ready() {
		if (!ready && !ended) {
			ready = true;
			lastInput = Math.max(lastInput, System.nanoTime()); // the model's first paint comes after this
			display.timerExec(quietMillis, check);
		}
	}

	private void check() {
		if (ended || display.isDisposed()) {
			return;
		}
		long quiet = (System.nanoTime() - lastInput) / 1_000_000;
		if (quiet < quietMillis) {
			display.timerExec((int) (quietMillis - quiet), check);
			return;
		}
		ended = true;
		for (int type : INPUT_EVENTS) {
			display.removeFilter(type, inputFilter);
		}
		if (session != null) {
			session.removeListener(this);
		}
		display.timerExec(-1, fallback);
		status.accept(Messages.JvmCacheRecording_status);
		// the message paints at the next turns of the event loop, before every thread stops
		display.timerExec(STATUS_PAINT_MILLIS, () -> ender.accept(this::clearStatus));
	}

	/** Clears the status line's message, from any thread, unless the workbench has closed meanwhile. */
	private void clearStatus() {
		try {
			display.asyncExec(() -> {
				if (!shell.isDisposed()) {
					status.accept(null);
				}
			});
		} catch (SWTException closed) {
			// the display is gone: nothing left to clear
		}
	}

	/** Tells the JVM to end its recording, on a thread of its own (the JVM writes it while every thread waits). */
	private static void endInBackground(Runnable done) {
		Thread thread = new Thread(() -> {
			try {
				Object answer = ManagementFactory.getPlatformMBeanServer().invoke(
						new ObjectName("com.sun.management:type=DiagnosticCommand"), "aotEndRecording", //$NON-NLS-1$ //$NON-NLS-2$
						new Object[0], new String[0]);
				if (answer == null || !String.valueOf(answer).contains("success")) { //$NON-NLS-1$
					warn("the JVM did not end its AOT recording: " + answer, null); //$NON-NLS-1$
				}
			} catch (JMException | RuntimeException e) {
				warn("the JVM's AOT recording could not be ended; it ends at the exit", e); //$NON-NLS-1$
			} finally {
				done.run();
			}
		}, "siempleo-aot-recording"); //$NON-NLS-1$
		thread.setDaemon(true);
		thread.start();
	}

	private static void warn(String message, Throwable cause) {
		ILog.of(JvmCacheRecording.class).log(new Status(IStatus.WARNING, "hn.siempleo.ui", message, cause)); //$NON-NLS-1$
	}
}
