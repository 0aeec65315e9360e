// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportService;

/**
 * Once the workbench is up and has had a moment to settle, prepares the reports in a background job of the
 * lowest priority: BIRT's engine started, the catalogue's designs compiled and a warm-up render of each, so that
 * the first report of the session takes about as long as the next ones. The job only starts after the window
 * is open (early start-up runs after it) and a delay, so start-up does not wait for it.
 */
public final class PrepareReportsAtStart implements IStartup {

	/** System property: {@code false} leaves the reports unprepared until the first one is asked for. */
	public static final String ENABLED_PROPERTY = "siempleo.reports.prepare"; //$NON-NLS-1$

	/** How long after early start-up the preparation waits, in milliseconds. */
	static final long DELAY_MILLIS = 3_000;

	@Override
	public void earlyStartup() {
		if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true")) || !PlatformUI.isWorkbenchRunning()) { //$NON-NLS-1$
			return;
		}
		// the service is looked up when the job runs: activating it starts BIRT's plug-ins, which is not for the
		// moment the window is first painted
		IWorkbench workbench = PlatformUI.getWorkbench();
		jobLookingUp(() -> workbench.isClosing() ? null : workbench.getService(ReportService.class)).schedule(DELAY_MILLIS);
	}

	/** The preparation job of {@code reports}. */
	static Job job(ReportService reports) {
		return jobLookingUp(() -> reports);
	}

	/**
	 * The preparation job: a system job of the lowest priority that asks {@code reports} for the service when it
	 * runs (nothing is done when there is none); a failure is logged, never shown.
	 */
	static Job jobLookingUp(Supplier<ReportService> reports) {
		Job job = new Job(Messages.PrepareReports_job) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				ReportService service = reports.get();
				if (service == null) {
					return Status.OK_STATUS;
				}
				try {
					service.prepare(monitor);
					return Status.OK_STATUS;
				} catch (ReportException e) {
					if (e.reason() == ReportException.Reason.CANCELLED) {
						return Status.CANCEL_STATUS;
					}
					ILog.of(PrepareReportsAtStart.class).warn("The reports could not be prepared: " + e.getMessage(), e); //$NON-NLS-1$
					return Status.OK_STATUS;
				}
			}
		};
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		return job;
	}
}
