// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import hn.siempleo.tests.uikit.UiKit;

/** The UI thread's wake-up ticker of the window opening: it keeps ticking until closed and not after. */
class UiThreadTickerTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void ticksAgainAndAgainUntilClosedThenNever() {
		UiThreadTicker ticker = ui.call(() -> UiThreadTicker.start(ui.display()));
		try {
			ui.waitUntil("tres despertares", () -> ticker.ticks() >= 3);
		} finally {
			ui.run(ticker::close);
		}
		int ticksAtClose = ui.call(ticker::ticks);
		// a timer due three periods after the close runs after any tick the close failed to drop
		AtomicBoolean later = new AtomicBoolean();
		ui.run(() -> ui.display().timerExec(3 * UiThreadTicker.PERIOD_MILLIS, () -> later.set(true)));
		ui.waitUntil("el temporizador posterior", later::get);
		assertEquals(ticksAtClose, (int) ui.call(ticker::ticks));
	}
}
