// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import hn.siempleo.core.ModelService;
import hn.siempleo.store.pg.SharedPlans;

/** {@code ./siempleo store ...}: the headless shared-store commands; the exit code is that of {@link StoreCommand}. */
public final class StoreApplication implements IApplication {

	private static final long SERVICE_TIMEOUT_MILLIS = 10_000;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundleContext = FrameworkUtil.getBundle(StoreApplication.class).getBundleContext();
		ServiceTracker<ModelService, ModelService> models = new ServiceTracker<>(bundleContext, ModelService.class, null);
		ServiceTracker<SharedPlans, SharedPlans> plans = new ServiceTracker<>(bundleContext, SharedPlans.class, null);
		models.open();
		plans.open();
		try {
			return new StoreCommand(System.out, System.err).run(args == null ? List.of() : List.of(args),
					models.waitForService(SERVICE_TIMEOUT_MILLIS), plans.waitForService(SERVICE_TIMEOUT_MILLIS));
		} finally {
			plans.close();
			models.close();
		}
	}

	@Override
	public void stop() {
		// runs to completion
	}
}
