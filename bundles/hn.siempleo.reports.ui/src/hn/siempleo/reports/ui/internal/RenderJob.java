// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportDesign;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportFormat;
import hn.siempleo.reports.ReportService;

/**
 * Renders one report in the background. The report data was written on the UI thread before scheduling;
 * this job owns it and deletes it when done. The outcome goes to {@code done}, called in the job's thread:
 * null on success, else the exception (reason CANCELLED when the user cancelled).
 */
final class RenderJob extends Job {

	private final ReportService reports;
	private final ReportDesign design;
	private final ReportData data;
	private final ReportFormat format;
	private final Map<String, String> parameters;
	private final Path output;
	private final Consumer<ReportException> done;

	RenderJob(ReportService reports, ReportDesign design, ReportData data, ReportFormat format,
			Map<String, String> parameters, Path output, Consumer<ReportException> done) {
		super(NLS.bind(Messages.RenderJob_name, design.name()));
		this.reports = reports;
		this.design = design;
		this.data = data;
		this.format = format;
		this.parameters = Map.copyOf(parameters);
		this.output = output;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		ReportException failure = null;
		try (ReportData owned = data) {
			reports.render(design.id(), owned, format, parameters, output, monitor);
		} catch (ReportException e) {
			failure = e;
		}
		done.accept(failure);
		// errors are shown in the view, in Spanish; the job itself never reports a failure dialog
		return failure != null && failure.reason() == ReportException.Reason.CANCELLED ? Status.CANCEL_STATUS
				: Status.OK_STATUS;
	}
}
