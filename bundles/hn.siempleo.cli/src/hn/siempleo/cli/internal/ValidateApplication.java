// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import hn.siempleo.core.ModelService;

/**
 * {@code ./siempleo validate FILE}: loads a model, runs every validation rule and prints the findings. The
 * exit code is the one of {@link ValidateCommand}.
 */
public final class ValidateApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundleContext = FrameworkUtil.getBundle(ValidateApplication.class).getBundleContext();
		ServiceTracker<ModelService, ModelService> tracker = new ServiceTracker<>(bundleContext, ModelService.class, null);
		tracker.open();
		try {
			ModelService service = tracker.waitForService(SERVICE_TIMEOUT_MILLIS);
			return new ValidateCommand(System.out, System.err).run(args == null ? List.of() : List.of(args), service);
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// runs to completion; nothing to interrupt
	}
}
