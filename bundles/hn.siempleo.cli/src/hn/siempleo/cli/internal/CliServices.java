// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The OSGi services a headless application needs, waited for at start (Declarative Services may still be
 * activating them) and released at the end: {@code try (CliServices services = new CliServices()) {...}}.
 */
final class CliServices implements AutoCloseable {

	/** How long a service may take to appear. */
	static final long TIMEOUT_MILLIS = 10_000;

	private final BundleContext context = FrameworkUtil.getBundle(CliServices.class).getBundleContext();
	private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

	/** The service, or null when none appeared in time. */
	<T> T get(Class<T> type) throws InterruptedException {
		ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
		tracker.open();
		trackers.add(tracker);
		return tracker.waitForService(TIMEOUT_MILLIS);
	}

	@Override
	public void close() {
		trackers.forEach(ServiceTracker::close);
		trackers.clear();
	}
}
