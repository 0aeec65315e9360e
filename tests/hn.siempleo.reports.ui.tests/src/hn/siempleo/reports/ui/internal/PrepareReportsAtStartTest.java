// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportException;
import hn.siempleo.reports.ReportFormat;
import hn.siempleo.reports.ReportService;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;

/** The background preparation of the reports: a quiet system job; a failure is logged, a cancellation ends it. */
class PrepareReportsAtStartTest {

	private final UiKit ui = UiKit.forWorkbench();

	@Test
	void theJobPreparesTheReportsQuietlyAndTheNextReportRenders() throws Exception {
		ReportService reports = ui.call(() -> PlatformUI.getWorkbench().getService(ReportService.class));
		Job job = PrepareReportsAtStart.job(reports);
		assertTrue(job.isSystem());
		assertEquals(Job.DECORATE, job.getPriority());
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity());

		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el modelo abierto", () -> ui.call(() -> session.current() != null));
		Path pdf = Files.createTempFile("preparado", ".pdf");
		try (ReportData data = ui.call(() -> {
			try {
				return reports.exportData(session.current().workspace(), java.time.LocalDate.of(2026, 11, 26));
			} catch (ReportException e) {
				throw new IllegalStateException(e);
			}
		})) {
			reports.render("plan", data, ReportFormat.PDF, Map.of(), pdf, new NullProgressMonitor());
			assertTrue(Files.size(pdf) > 1000);
		} finally {
			Files.deleteIfExists(pdf);
		}
	}

	@Test
	void aFailureIsLoggedNotShownAndACancellationCancels() throws Exception {
		Job failing = PrepareReportsAtStart.job(failingWith(ReportException.Reason.RENDER_FAILED));
		failing.schedule();
		failing.join();
		assertEquals(IStatus.OK, failing.getResult().getSeverity(), "no error dialog for a background preparation");

		Job cancelled = PrepareReportsAtStart.job(failingWith(ReportException.Reason.CANCELLED));
		cancelled.schedule();
		cancelled.join();
		assertEquals(IStatus.CANCEL, cancelled.getResult().getSeverity());
	}

	@Test
	void theServiceIsLookedUpWhenTheJobRunsAndNoServiceMeansNothingToDo() throws Exception {
		AtomicInteger lookups = new AtomicInteger();
		Job job = PrepareReportsAtStart.jobLookingUp(() -> {
			lookups.incrementAndGet();
			return null;
		});
		assertEquals(0, lookups.get(), "no look-up (no BIRT start) before the job runs");
		job.schedule();
		job.join();
		assertEquals(1, lookups.get());
		assertEquals(IStatus.OK, job.getResult().getSeverity());
	}

	/** A report service whose preparation fails with {@code reason}; nothing else is called. */
	private static ReportService failingWith(ReportException.Reason reason) {
		return (ReportService) Proxy.newProxyInstance(PrepareReportsAtStartTest.class.getClassLoader(),
				new Class<?>[] { ReportService.class }, (proxy, method, args) -> {
					if (method.getName().equals("prepare")) {
						throw new ReportException(reason, "prueba", null);
					}
					throw new UnsupportedOperationException(method.getName());
				});
	}
}
