// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.widgets.Display;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.recovery.RecoveryCopies;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;

/**
 * Keeps a copy of the open model's unsaved changes ({@link RecoveryCopies}) while the workbench runs: written
 * {@value #DELAY_MILLIS} ms (longer for a large model, see {@link #delay()}) after the first edit of a burst, on a
 * thread of its own (the window never waits for it), and deleted once the model is saved, its changes are undone or discarded, another model replaces it, or
 * the workbench closes normally. What a crash leaves is offered at the next start ({@link ModelFiles}). The
 * writes and deletions run on one thread in the order they were asked for, so a deletion is never overtaken by a
 * write; a copy written while the model was edited (it may hold half a command) is never kept: that is decided on
 * the UI thread, between two events. Created by the workbench advisor; listener calls on the UI thread.
 */
public final class RecoveryKeeper implements ModelSessionListener {

	/**
	 * Milliseconds from an edit to the copy that includes it (later edits of the burst go in the same copy), at
	 * least: a model whose copy takes long to write waits ten times that long, so that copies of a large plan take
	 * at most about a tenth of a core while the planner edits it.
	 */
	static final int DELAY_MILLIS = 3000;
	/** The longest wait from an edit to its copy, however large the model. */
	static final int MAX_DELAY_MILLIS = 60_000;

	private final RecoveryCopies copies;
	private final ModelSession session;
	private final Display display;
	private final ExecutorService io = Executors.newSingleThreadExecutor(
			Thread.ofPlatform().daemon().name("recuperación").factory()); //$NON-NLS-1$
	/** Edits and saves so far: a copy written while this changed may mix two states and is thrown away. */
	private final AtomicLong changes = new AtomicLong();
	private final Runnable writeNow = this::writeNow;
	private OpenModel current;
	/** The location the last copy was written for (a save as moves the model away from it). */
	private URI copied;
	private boolean scheduled;
	private boolean stopped;
	/** How long the last draft took to write, in milliseconds (written on the copies' thread). */
	private volatile long lastWriteMillis;

	RecoveryKeeper(RecoveryCopies copies, ModelSession session, Display display) {
		this.copies = copies;
		this.session = session;
		this.display = display;
	}

	/** Starts keeping copies of the session's models; call once, on the UI thread, before a model is shown. */
	public static RecoveryKeeper start(ModelSession session, ModelService service, Clock clock, Display display) {
		RecoveryKeeper keeper = new RecoveryKeeper(new RecoveryCopies(folder(), service, clock), session, display);
		session.addListener(keeper);
		keeper.current = session.current();
		return keeper;
	}

	/** The copies this keeper writes, and that earlier sessions left. */
	public RecoveryCopies copies() {
		return copies;
	}

	@Override
	public void modelReplaced(OpenModel model) {
		if (current != model) {
			// the user was asked about its changes before another model replaced it
			discardCopied();
		}
		current = model;
		changed(model);
	}

	/**
	 * Takes over the copy a model was recovered from: it is kept up to date with the model's later edits and
	 * deleted once the model is saved or its changes discarded. UI thread.
	 */
	public void adopt(OpenModel recovered) {
		copied = recovered.location();
	}

	@Override
	public void modelEdited(OpenModel model) {
		changed(model);
	}

	@Override
	public void dirtyChanged(OpenModel model) {
		changed(model);
	}

	/**
	 * Stops: the open model's copy is deleted (the workbench closes normally, after the user was asked about the
	 * changes) and what was asked for is finished, for at most a few seconds.
	 */
	public void stop() {
		stopped = true;
		session.removeListener(this);
		display.timerExec(-1, writeNow);
		discardCopied();
		io.shutdown();
		try {
			io.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Does a pending write now and waits until every write, decision and deletion asked for so far is done (for
	 * tests; UI thread: it runs the event loop meanwhile).
	 */
	void flush() throws Exception {
		if (scheduled) {
			display.timerExec(-1, writeNow);
			writeNow();
		}
		// a write, the decision on the UI thread, then the keeping
		for (int round = 0; round < 3; round++) {
			Future<?> idle = io.submit(() -> null);
			long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			while (!idle.isDone()) {
				if (System.nanoTime() > end) {
					throw new IllegalStateException("the copies' thread did not finish"); //$NON-NLS-1$
				}
				if (!display.readAndDispatch()) {
					Thread.sleep(2);
				}
			}
			while (display.readAndDispatch()) {
				// the decisions posted meanwhile
			}
		}
	}

	private void changed(OpenModel model) {
		changes.incrementAndGet();
		if (model == null || !RecoveryCopies.applies(model)) {
			return;
		}
		if (!model.isDirty()) {
			display.timerExec(-1, writeNow);
			scheduled = false;
			discardCopied();
		} else if (!scheduled) {
			scheduled = true;
			display.timerExec(delay(), writeNow);
		}
	}

	/**
	 * Writes a draft of the open model on the copies' thread, then decides on the UI thread, between two events (so
	 * never in the middle of a command), whether to keep it: only when no edit or save came since it was started.
	 */
	private void writeNow() {
		scheduled = false;
		OpenModel model = session.current();
		if (stopped || model == null || model != current || !model.isDirty() || !RecoveryCopies.applies(model)) {
			return;
		}
		long at = changes.get();
		io.execute(() -> {
			RecoveryCopies.Draft draft;
			long started = System.nanoTime();
			try {
				draft = copies.draft(model, null);
				lastWriteMillis = (System.nanoTime() - started) / 1_000_000;
			} catch (ModelStoreException | RuntimeException e) {
				if (changes.get() == at) {
					ILog.of(RecoveryKeeper.class).log(Status.warning(e.getMessage() == null ? e.toString() : e.getMessage(), e));
				}
				// else: read while it was being edited; the edit scheduled the next copy
				return;
			}
			if (draft == null) {
				return;
			}
			if (display.isDisposed()) {
				copies.drop(draft);
				return;
			}
			display.asyncExec(() -> decide(model, draft, at));
		});
	}

	/** The wait from an edit to its copy: {@value #DELAY_MILLIS} ms, or ten times the last write, at most a minute. */
	int delay() {
		return (int) Math.min(MAX_DELAY_MILLIS, Math.max(DELAY_MILLIS, 10 * lastWriteMillis));
	}

	/** Keeps a draft when nothing changed since it was started (UI thread); else drops it. */
	private void decide(OpenModel model, RecoveryCopies.Draft draft, long at) {
		if (stopped) {
			return;
		}
		if (changes.get() != at || model != current || !model.isDirty()) {
			io.execute(() -> copies.drop(draft));
			return;
		}
		if (copied != null && !copied.equals(draft.location())) {
			// saved under another name since the last copy: that copy goes
			discard(copied);
		}
		copied = draft.location();
		io.execute(() -> {
			try {
				copies.keep(draft);
			} catch (ModelStoreException e) {
				ILog.of(RecoveryKeeper.class).log(Status.warning(e.getMessage(), e));
			}
		});
	}

	/** Deletes the copy this keeper wrote or adopted, if any: only those (a copy left by a crash waits for its offer). */
	private void discardCopied() {
		if (copied != null) {
			discard(copied);
			copied = null;
		}
	}

	private void discard(URI location) {
		io.execute(() -> copies.discard(location));
	}

	/** The private folder of the copies: in the user's workspace, beside the workbench's own state. */
	private static Path folder() {
		return ModelFiles.stateFolder("recuperacion"); //$NON-NLS-1$
	}
}
