// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import hn.siempleo.plan.ui.internal.tracker.TrackerPart;

/**
 * The tracker views that are open, so that command handlers act on the one the planner used last. An OSGi
 * service; parts register on creation and unregister on disposal. Use on the UI thread.
 */
@Component(service = Trackers.class)
public final class Trackers {

	private final List<TrackerPart> parts = new ArrayList<>();

	/** Registers a part as the most recently used. */
	public void activated(TrackerPart part) {
		parts.remove(part);
		parts.add(part);
	}

	/** Unregisters a part. */
	public void closed(TrackerPart part) {
		parts.remove(part);
	}

	/** The most recently used open tracker. */
	public Optional<TrackerPart> current() {
		return parts.isEmpty() ? Optional.empty() : Optional.of(parts.get(parts.size() - 1));
	}
}
