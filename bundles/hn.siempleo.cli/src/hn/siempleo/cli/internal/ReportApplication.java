// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import hn.siempleo.core.ModelService;
import hn.siempleo.reports.ReportService;

/** {@code ./siempleo report ...}: renders a report headless; the exit code is the one of {@link ReportCommand}. */
public final class ReportApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundleContext = FrameworkUtil.getBundle(ReportApplication.class).getBundleContext();
		ServiceTracker<ModelService, ModelService> models = new ServiceTracker<>(bundleContext, ModelService.class, null);
		ServiceTracker<ReportService, ReportService> reports = new ServiceTracker<>(bundleContext, ReportService.class, null);
		models.open();
		reports.open();
		try {
			return new ReportCommand(System.out, System.err).run(args == null ? List.of() : List.of(args),
					models.waitForService(SERVICE_TIMEOUT_MILLIS), reports.waitForService(SERVICE_TIMEOUT_MILLIS));
		} finally {
			reports.close();
			models.close();
		}
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
