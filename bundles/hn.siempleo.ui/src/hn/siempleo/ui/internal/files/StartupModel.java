// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.files;

import java.nio.file.Path;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Display;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;

/**
 * The model opened at start, read in a job that starts before the workbench window is created (reading the
 * file, and loading the model's classes, overlap with the window's creation on another core), and shown once
 * the workbench has started: {@link #show()} hands it to the session on the UI thread as soon as both are done.
 * Views prepare their first paint of it in the same job ({@link hn.siempleo.ui.StartupPreparation}).
 */
public final class StartupModel {

	private final ModelFiles files;
	private final Job job;
	private volatile Path file;
	private volatile OpenModel model;
	private volatile String failure;
	private volatile boolean read;
	private boolean shown;
	private boolean showRequested;

	private StartupModel(ModelFiles files, String[] applicationArgs) {
		this.files = files;
		this.job = Job.create(Messages.ModelFiles_openingAtStart, monitor -> {
			try {
				file = files.startupFile(applicationArgs);
				OpenModel read = files.read(file, monitor);
				ModelFiles.prepare(read);
				model = read;
			} catch (ModelStoreException | RuntimeException e) {
				failure = e.getMessage();
			} finally {
				read = true;
			}
			return Status.OK_STATUS;
		});
		job.setPriority(Job.INTERACTIVE);
	}

	static StartupModel start(ModelFiles files, String[] applicationArgs) {
		StartupModel startup = new StartupModel(files, applicationArgs);
		startup.job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				Display display = files.workbench().getDisplay();
				if (!display.isDisposed()) {
					display.asyncExec(startup::showIfRequested);
				}
			}
		});
		startup.job.schedule();
		return startup;
	}

	/** Shows the model (or the reason it could not be read) now if it is read, else as soon as it is. UI thread. */
	public void show() {
		showRequested = true;
		showIfRequested();
	}

	/** Whether the model has been handed to the session (or its failure shown). */
	public boolean isShown() {
		return shown;
	}

	/** The job that reads the model (for tests: join it). */
	Job job() {
		return job;
	}

	private void showIfRequested() {
		if (!showRequested || shown || !read) {
			return;
		}
		shown = true;
		OpenModel recovered = files.offerRecovery();
		if (recovered != null) {
			if (model != null) {
				files.drop(model);
			}
			files.showRecovered(recovered);
		} else if (model != null) {
			files.show(file, model);
		} else {
			files.showOpenFailure(failure);
		}
	}
}
