// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import hn.siempleo.tests.uikit.UiKit;

/** Bursts of items handed to the UI thread as one batch. */
class UiBatcherTest {

	private final UiKit ui = UiKit.forWorkbench();
	private final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
	private final List<Thread> threads = new CopyOnWriteArrayList<>();
	private final AtomicBoolean alive = new AtomicBoolean(true);
	private final UiBatcher<Integer> batcher = new UiBatcher<>(ui.display(), alive::get, batch -> {
		batches.add(List.copyOf(batch));
		threads.add(Thread.currentThread());
	});

	@Test
	void aBurstOnTheUiThreadArrivesAsOneBatchInOrder() {
		List<Integer> sent = IntStream.range(0, 100).boxed().toList();
		ui.run(() -> sent.forEach(batcher::add));
		ui.waitUntil("un lote", () -> !batches.isEmpty());
		ui.run(() -> {
		});
		assertEquals(List.of(sent), batches);
		assertEquals(List.of(ui.display().getThread()), threads);
	}

	@Test
	void itemsFromAnotherThreadAreDeliveredOnTheUiThread() {
		for (int i = 0; i < 10; i++) {
			batcher.add(i);
		}
		ui.waitUntil("los diez elementos", () -> delivered().size() == 10);
		assertEquals(IntStream.range(0, 10).boxed().toList(), delivered());
		assertTrue(threads.stream().allMatch(t -> t == ui.display().getThread()), threads.toString());
	}

	@Test
	void aBatchIsDroppedWhileTheOwnerIsGone() {
		ui.run(() -> {
			batcher.add(1);
			alive.set(false);
		});
		ui.run(() -> {
		});
		alive.set(true);
		batcher.add(2);
		ui.waitUntil("el segundo lote", () -> !batches.isEmpty());
		assertEquals(List.of(List.of(2)), batches);
	}

	private List<Integer> delivered() {
		List<Integer> all = new ArrayList<>();
		batches.forEach(all::addAll);
		return all;
	}
}
