// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.plan.io.ActionColumn;

/**
 * The grid's background work waits at its checkpoints while the UI thread has an operation on, and only then: it goes
 * on once the result is painted, the thread the UI thread itself waits for while it waits, and after the longest
 * wait at the latest. Work that only prepares later operations also waits while the UI thread is awake.
 */
class ForegroundTest {

	private static final LocalDate TODAY = LocalDate.of(2025, 3, 15);
	/** Long enough that a checkpoint still waiting after it is plainly waiting for the UI thread. */
	private static final long HOUR = TimeUnit.HOURS.toNanos(1);

	/** Runs on a thread of its own (the common pool may have a single thread, taken by a waiting checkpoint). */
	private static CompletableFuture<Void> background(Runnable task) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		Thread.ofPlatform().daemon().start(() -> {
			try {
				task.run();
				done.complete(null);
			} catch (Throwable e) {
				done.completeExceptionally(e);
			}
		});
		return done;
	}

	@Test
	void aCheckpointWaitsOnlyWhileTheUiThreadHasAnOperationOn() throws Exception {
		Foreground foreground = new Foreground(HOUR);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> background(foreground::yieldToUi).get(),
				"idle: no wait");
		foreground.busy();
		assertTrue(foreground.isBusy());
		CompletableFuture<Void> background = background(foreground::yieldToUi);
		Thread.sleep(200);
		assertFalse(background.isDone(), "waits while the operation is on");
		foreground.yieldToUi();
		assertFalse(background.isDone(), "the UI thread's own checkpoint returns at once, the other keeps waiting");
		foreground.idle();
		assertFalse(foreground.isBusy());
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> background.get(), "goes on once painted");
	}

	/**
	 * The search box's texts made and searched on a background thread (the warm-up's) wait while the UI thread has an
	 * operation on, before their first row and between two blocks; on the UI thread they never wait.
	 */
	@Test
	void theSearchTextsWaitForTheUiThreadOffIt() throws Exception {
		Foreground foreground = new Foreground(HOUR);
		int rows = SearchTexts.BLOCK + 10;
		int[] made = new int[1];
		SearchTexts.RowText text = (row, to) -> {
			made[0]++;
			to.append("fila ").append(row);
		};
		foreground.busy();
		SearchTexts[] texts = new SearchTexts[1];
		CompletableFuture<Void> making = background(() -> texts[0] = SearchTexts.of(rows, text, foreground));
		Thread.sleep(200);
		assertFalse(making.isDone());
		assertEquals(0, made[0], "not one row made while the operation is on");
		foreground.idle();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> making.get());
		assertEquals(rows, made[0]);
		foreground.busy();
		assertTrue(texts[0].matching(List.of("fila"), text)[rows - 1], "the UI thread's own search never waits");
		boolean[][] found = new boolean[1][];
		CompletableFuture<Void> searching = background(() -> found[0] = texts[0].matching(List.of("fila", "1"), text));
		Thread.sleep(200);
		assertFalse(searching.isDone(), "a search off the UI thread waits while the operation is on");
		foreground.idle();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> searching.get());
		assertTrue(found[0][1]);
		assertFalse(found[0][2]);
	}

	@Test
	void theUiThreadWaitingForBackgroundWorkLetsItGoOn() {
		Foreground foreground = new Foreground(HOUR);
		foreground.busy();
		CompletableFuture<Void> background = background(foreground::yieldToUi);
		background(() -> foreground.waiting(null)).join();
		assertTrue(foreground.isBusy(), "another thread waiting changes nothing");
		foreground.waiting(null);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> background.get());
	}

	/**
	 * The UI thread waiting for work done on one thread lets that thread past its checkpoints, and only that one,
	 * until the wait is over.
	 */
	@Test
	void theUiThreadWaitingForOneWorkerLetsOnlyThatOneGoOn() throws Exception {
		Foreground foreground = new Foreground(HOUR);
		foreground.busy();
		CountDownLatch passes = new CountDownLatch(2);
		AtomicBoolean stop = new AtomicBoolean();
		Thread worker = Thread.ofPlatform().daemon().start(() -> {
			while (!stop.get()) {
				foreground.yieldToUi();
				passes.countDown();
			}
		});
		CompletableFuture<Void> other = background(foreground::yieldToUi);
		Thread.sleep(200);
		assertEquals(2, passes.getCount(), "the worker waits for the operation");
		Thread[] fromOther = { worker };
		background(() -> fromOther[0] = foreground.waiting(worker)).get();
		assertEquals(null, fromOther[0], "another thread cannot announce a wait");
		Thread.sleep(200);
		assertEquals(2, passes.getCount(), "so the worker still waits");
		assertEquals(worker, foreground.waiting(worker));
		assertTrue(passes.await(20, TimeUnit.SECONDS), "the worker the operation waits for goes past its checkpoints");
		Thread.sleep(200);
		assertFalse(other.isDone(), "the rest of the background work still waits");
		assertTrue(foreground.isBusy());
		foreground.resume(worker);
		stop.set(true);
		foreground.idle();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> other.get(), "goes on once painted");
		worker.join(20_000);
		assertFalse(worker.isAlive());
	}

	@Test
	void afterTheWaitTheWorkerWaitsAtItsCheckpointsAgain() throws Exception {
		Foreground foreground = new Foreground(HOUR);
		foreground.busy();
		Thread[] self = new Thread[1];
		CompletableFuture<Void> first = new CompletableFuture<>();
		CountDownLatch resumed = new CountDownLatch(1);
		CompletableFuture<Void> second = new CompletableFuture<>();
		self[0] = Thread.ofPlatform().daemon().unstarted(() -> {
			foreground.yieldToUi();
			first.complete(null);
			try {
				resumed.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			foreground.yieldToUi();
			second.complete(null);
		});
		foreground.waiting(self[0]);
		self[0].start();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> first.get());
		foreground.resume(self[0]);
		resumed.countDown();
		Thread.sleep(200);
		assertFalse(second.isDone(), "waits again for the rest of the operation");
		foreground.idle();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> second.get());
	}

	@Test
	void aCheckpointWaitsAtMostTheLongestWait() {
		Foreground foreground = new Foreground(TimeUnit.MILLISECONDS.toNanos(100));
		foreground.busy();
		long start = System.nanoTime();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> background(foreground::yieldToUi).get(),
				"no paint ever came");
		assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100), "it did wait");
		assertFalse(foreground.isBusy());
	}

	/**
	 * The warm-up's cache, on the prefetch's thread, computes on the spot a column the prefetch has not claimed (its
	 * texts, then its ranks): it waits at its checkpoints while the UI thread has an operation on, as the prefetch does.
	 */
	@Test
	void theWarmUpsOwnColumnsWaitForTheUiThread() throws Exception {
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < 3 * ColumnValues.CHECKPOINT; i++) {
			Action action = SiempleoFactory.eINSTANCE.createAction();
			action.setPriority(i % 7);
			actions.add(action);
		}
		Foreground foreground = new Foreground(HOUR);
		// never started: every column is left to whoever needs it
		ColumnCache cache = ColumnCache.over(new ColumnPrefetch(actions, TODAY, null, null, foreground));
		foreground.busy();
		String[] text = new String[1];
		CompletableFuture<Void> texts = background(() -> text[0] = cache.text(ActionColumn.PRIORITY, 5, TODAY));
		Thread.sleep(200);
		assertFalse(texts.isDone(), "the texts wait while the operation is on");
		foreground.idle();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> texts.get());
		assertEquals(ColumnValues.folded(ActionColumn.PRIORITY, actions.get(5), TODAY), text[0]);
		foreground.busy();
		int[][] ranks = new int[1][];
		CompletableFuture<Void> ranking = background(() -> ranks[0] = cache.ranks(ActionColumn.PRIORITY, TODAY));
		Thread.sleep(200);
		assertFalse(ranking.isDone(), "the ranks wait while the operation is on");
		foreground.idle();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ranking.get());
		assertArrayEquals(ColumnValues.ranks(ActionColumn.PRIORITY, actions, TODAY,
				ColumnValues.column(ActionColumn.PRIORITY, actions, TODAY, null), null), ranks[0]);
	}

	/**
	 * A column the UI thread needs while it has an operation on, being computed ahead on another thread: it gets it
	 * (no deadlock) with the same texts and ranks as computed on the spot.
	 */
	@Test
	void aColumnBeingComputedAheadIsNotHeldBackByTheOperationWaitingForIt() {
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < 3 * ColumnValues.CHECKPOINT; i++) {
			Action action = SiempleoFactory.eINSTANCE.createAction();
			action.setCode("AC-" + (10_000 - i));
			action.setTitle("Acción número " + i % 977);
			actions.add(action);
		}
		Foreground foreground = new Foreground(HOUR);
		ColumnPrefetch prefetch = new ColumnPrefetch(actions, TODAY, null, null, foreground);
		// one thread, as the UI thread: the operation begins, then waits for the column
		ColumnPrefetch.Column title = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
			foreground.busy();
			prefetch.start();
			// the prefetch's thread has begun the column (and waits at its first checkpoint)
			while (!prefetch.claimed(ActionColumn.TITLE)) {
				Thread.onSpinWait();
			}
			return prefetch.take(ActionColumn.TITLE);
		});
		assertArrayEquals(ColumnValues.column(ActionColumn.TITLE, actions, TODAY, null), title.texts());
		assertArrayEquals(ColumnValues.ranks(ActionColumn.TITLE, actions, TODAY, title.texts(), null), title.ranks());
		assertTrue(foreground.isBusy(), "the operation's wait let that column's work go on, and only it");
		foreground.idle();
		prefetch.cancel();
	}

	/**
	 * Work that only prepares later operations also waits while the UI thread is awake; it goes on while the UI thread
	 * sleeps waiting for events or waits for background work, and once it no longer prepares. Other background work
	 * goes on while the UI thread is awake.
	 */
	@Test
	void workThatOnlyPreparesWaitsWhileTheUiThreadIsAwake() throws Exception {
		Foreground foreground = new Foreground(HOUR);
		// this test's thread stands for the UI thread, awake
		foreground.watchUi();
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> background(foreground::yieldToUi).get(),
				"other background work goes on");
		CompletableFuture<Void> prepared = preparing(foreground);
		Thread.sleep(200);
		assertFalse(prepared.isDone(), "waits while the UI thread is awake");
		foreground.yieldToUi();
		assertFalse(prepared.isDone(), "the UI thread's own checkpoint returns at once, the other keeps waiting");
		foreground.uiAsleep(true);
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> prepared.get(), "goes on while it sleeps");

		foreground.uiAsleep(false);
		CompletableFuture<Void> again = preparing(foreground);
		Thread.sleep(200);
		assertFalse(again.isDone(), "awake again: waits again");
		Thread worker = Thread.ofPlatform().unstarted(() -> {
		});
		assertEquals(worker, foreground.waiting(worker));
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> again.get(),
				"goes on while the UI thread waits for background work");
		foreground.resume(worker);
		assertFalse(foreground.preparationMayRun(), "the wait is over: awake");

		CompletableFuture<Void> stopped = background(() -> {
			foreground.preparing(true);
			foreground.preparing(false);
			foreground.yieldToUi();
		});
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> stopped.get(), "no longer preparing: goes on");
	}

	/** A UI thread awake for long does not stop the work that only prepares for good: each checkpoint goes on. */
	@Test
	void workThatOnlyPreparesGoesOnAfterTheLongestWait() throws Exception {
		Foreground foreground = new Foreground(TimeUnit.MILLISECONDS.toNanos(20));
		foreground.watchUi();
		CompletableFuture<Void> prepared = background(() -> {
			foreground.preparing(true);
			for (int i = 0; i < 5; i++) {
				foreground.yieldToUi();
			}
		});
		assertTimeoutPreemptively(Duration.ofSeconds(20), () -> prepared.get(), "five checkpoints passed");
	}

	/**
	 * The prefetch computes Título and the texts of Responsable while the UI thread is awake; Responsable's ranks, which
	 * a first filter does not need, only prepare later operations: they wait until the UI thread sleeps.
	 */
	@Test
	void theSecondColumnsRanksWaitWhileTheUiThreadIsAwake() throws Exception {
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < 20 * ColumnValues.CHECKPOINT; i++) {
			Action action = SiempleoFactory.eINSTANCE.createAction();
			action.setTitle("Acción número " + i % 977);
			action.setResponsiblePerson("Persona " + i % 13);
			actions.add(action);
		}
		assertEquals(ActionColumn.TITLE, ColumnPrefetch.ORDER.get(0));
		assertEquals(ActionColumn.RESPONSIBLE, ColumnPrefetch.ORDER.get(1));
		Foreground foreground = new Foreground(HOUR);
		// this test's thread stands for the UI thread, awake
		foreground.watchUi();
		ColumnPrefetch prefetch = new ColumnPrefetch(actions, TODAY, null, null, foreground).start();
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (!(prefetch.ranked(ActionColumn.TITLE) && prefetch.claimed(ActionColumn.RESPONSIBLE))
					&& System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertTrue(prefetch.ranked(ActionColumn.TITLE), "Título computed while the UI thread is awake");
			Thread.sleep(200);
			assertFalse(prefetch.ranked(ActionColumn.RESPONSIBLE), "Responsable's ranks wait");
			assertArrayEquals(ColumnValues.column(ActionColumn.RESPONSIBLE, actions, TODAY, null),
					prefetch.takeTexts(ActionColumn.RESPONSIBLE), "its texts are there");
			foreground.uiAsleep(true);
			deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
			while (!prefetch.ranked(ActionColumn.RESPONSIBLE) && System.nanoTime() < deadline) {
				Thread.sleep(5);
			}
			assertTrue(prefetch.ranked(ActionColumn.RESPONSIBLE), "computed once the UI thread sleeps");
		} finally {
			prefetch.cancel();
			foreground.uiAsleep(true);
		}
	}

	/** A thread that prepares later operations and then reaches a checkpoint. */
	private static CompletableFuture<Void> preparing(Foreground foreground) {
		return background(() -> {
			foreground.preparing(true);
			try {
				foreground.yieldToUi();
			} finally {
				foreground.preparing(false);
			}
		});
	}
}
