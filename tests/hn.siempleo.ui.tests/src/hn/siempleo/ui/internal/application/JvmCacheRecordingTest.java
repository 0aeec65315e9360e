// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;

/**
 * When a recording start ends the JVM's recording: once the start is over (a model shown, or the fallback) and
 * input has been quiet long enough; never while the planner types or clicks; only once.
 */
class JvmCacheRecordingTest {

	private static final int QUIET = 300;

	private final UiKit ui = UiKit.forWorkbench();
	private final AtomicInteger ends = new AtomicInteger();
	/** What the status line was told, in order (touched on the UI thread only). */
	private final List<String> statuses = new ArrayList<>();

	/** The JVM's part, counted: ends at once and says so, as the real one does once the JVM has written. */
	private void end(Runnable done) {
		ends.incrementAndGet();
		done.run();
	}

	/** Waits for the end and the status line's message and its clearing, in that order. */
	private void waitForTheEnd(String description) {
		ui.waitUntil(description, () -> ends.get() > 0 && statuses.size() == 2);
		assertEquals(Messages.JvmCacheRecording_status, ui.call(() -> statuses.get(0)));
		assertNull(ui.call(() -> statuses.get(1)));
	}

	private JvmCacheRecording recording(int fallbackMillis) {
		return recording(fallbackMillis, QUIET);
	}

	private JvmCacheRecording recording(int fallbackMillis, int quietMillis) {
		return ui.call(() -> {
			JvmCacheRecording recording = new JvmCacheRecording(ui.display().getShells()[0], null, this::end,
					statuses::add, quietMillis);
			recording.start(fallbackMillis);
			return recording;
		});
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	@Test
	void notInstalledOutsideARecordingStart() {
		assertFalse(Boolean.getBoolean(JvmCacheRecording.PROPERTY));
		assertFalse(ui.call(() -> JvmCacheRecording.installIfRecording(ui.display().getShells()[0], null, statuses::add)));
	}

	@Test
	void endsOnceAfterTheStartAndAQuietSpell() {
		JvmCacheRecording recording = recording(60_000);
		ui.run(recording::ready);
		waitForTheEnd("el fin de la grabación");
		ui.run(recording::ready);
		pause(2 * QUIET);
		assertEquals(1, ends.get());
	}

	@Test
	void endsOnceTheWindowShowsTheSessionsModel() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("un modelo abierto", () -> session.current() != null);
		int quiet = 1500;
		long started = System.nanoTime();
		ui.run(() -> new JvmCacheRecording(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), session,
				this::end, statuses::add, quiet).start(60_000));
		waitForTheEnd("el fin de la grabación con el modelo mostrado");
		assertTrue((System.nanoTime() - started) / 1_000_000 >= quiet, "terminó antes del silencio pedido");
		assertEquals(1, ends.get());
	}

	@Test
	void waitsWhileThePlannerTypes() {
		int quiet = 1500; // a key every 100 ms: far shorter than the quiet spell even on a busy machine
		JvmCacheRecording recording = recording(60_000, quiet);
		ui.run(recording::ready);
		long until = System.currentTimeMillis() + 2 * quiet;
		while (System.currentTimeMillis() < until) {
			ui.run(() -> {
				Event key = new Event();
				key.character = 'a';
				ui.display().getShells()[0].notifyListeners(SWT.KeyDown, key);
			});
			assertEquals(0, ends.get(), "la grabación terminó mientras se escribía");
			pause(100);
		}
		waitForTheEnd("el fin de la grabación tras dejar de escribir");
		assertEquals(1, ends.get());
	}

	@Test
	void endsAfterTheFallbackWithoutAModel() {
		recording(2 * QUIET);
		pause(QUIET);
		assertEquals(0, ends.get());
		waitForTheEnd("el fin de la grabación sin modelo");
		assertEquals(1, ends.get());
	}
}
