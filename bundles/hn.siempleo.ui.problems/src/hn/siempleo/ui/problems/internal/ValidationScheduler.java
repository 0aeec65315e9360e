// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobFunction;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.text.Validation;
import hn.siempleo.ui.Debouncer;

/**
 * Decides when and where the open model is validated: at once when asked, after a quiet pause when edits
 * come in bursts, on the UI thread for ordinary models and in a background job for big ones. Results of a
 * run overtaken by a newer request are dropped. Every method is called on the UI thread.
 */
final class ValidationScheduler {

	/** Models with more objects than this are validated in a background job. */
	static final int BACKGROUND_THRESHOLD = 20_000;


	/** Receives what the scheduler does; called on the UI thread. */
	interface Sink {
		/** A background validation started; its results follow through {@link #validated}. */
		void validating();

		/** New findings replace the shown ones. */
		void validated(Findings findings);
	}

	private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	private final Display display;
	private final Sink sink;
	private final AtomicInteger generation = new AtomicInteger();
	private final Debouncer delayed;
	private OpenModel pendingModel;
	private Job job;

	ValidationScheduler(Display display, Sink sink) {
		this.display = display;
		this.sink = sink;
		this.delayed = new Debouncer(display, Debouncer.EDIT_QUIET_MILLIS, this::validateDelayed);
	}

	/** Validates {@code model} now (or shows no findings when null), dropping any pending or running run. */
	void validateNow(OpenModel model) {
		delayed.cancel();
		pendingModel = null;
		int run = generation.incrementAndGet();
		cancelJob();
		if (model == null) {
			sink.validated(Findings.none());
		} else if (isBig(model.workspace())) {
			startJob(model.workspace(), run);
		} else {
			sink.validated(Findings.of(Validation.validate(model.workspace())));
		}
	}

	/**
	 * Validates {@code model} once no further call has come for {@link Debouncer#EDIT_QUIET_MILLIS}; a burst of edits
	 * costs one validation. Any result still on its way is dropped, since the model has changed under it.
	 */
	void validateSoon(OpenModel model) {
		generation.incrementAndGet();
		pendingModel = model;
		delayed.schedule();
	}

	/** Stops pending and running validations; nothing is delivered afterwards. */
	void dispose() {
		delayed.cancel();
		pendingModel = null;
		generation.incrementAndGet();
		cancelJob();
	}

	private void validateDelayed() {
		OpenModel model = pendingModel;
		if (model != null) {
			validateNow(model);
		}
	}

	private void startJob(EObject root, int run) {
		sink.validating();
		job = Job.create(Messages.ValidationScheduler_jobName,
				(IJobFunction) monitor -> validateInBackground(root, run, monitor));
		job.setSystem(false);
		job.setRule(ONE_AT_A_TIME);
		job.schedule();
	}

	private IStatus validateInBackground(EObject root, int run, IProgressMonitor monitor) {
		if (monitor.isCanceled() || generation.get() != run) {
			return Status.CANCEL_STATUS;
		}
		Findings findings;
		try {
			findings = Findings.of(Validation.validate(root));
		} catch (RuntimeException e) {
			if (generation.get() != run) {
				// An edit changed the model while it was being read; a newer run is already on its way.
				return Status.CANCEL_STATUS;
			}
			throw e;
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> {
				if (generation.get() == run) {
					sink.validated(findings);
				}
			});
		}
		return Status.OK_STATUS;
	}

	private void cancelJob() {
		if (job != null) {
			job.cancel();
			job = null;
		}
	}

	private static boolean isBig(EObject root) {
		int count = 1;
		Iterator<EObject> contents = root.eAllContents();
		while (contents.hasNext()) {
			contents.next();
			if (++count > BACKGROUND_THRESHOLD) {
				return true;
			}
		}
		return false;
	}
}
