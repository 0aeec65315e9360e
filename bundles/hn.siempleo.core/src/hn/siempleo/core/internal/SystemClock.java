// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.osgi.service.component.annotations.Component;

/**
 * The product's clock as an OSGi service: the system clock in the default zone. A test or an installation
 * that needs another day registers its own {@link Clock} with a higher service ranking; the model service
 * follows it ({@link hn.siempleo.model.logic.ModelClock}).
 */
@Component(service = Clock.class)
public final class SystemClock extends Clock {

	@Override
	public ZoneId getZone() {
		return ZoneId.systemDefault();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.system(zone);
	}

	@Override
	public Instant instant() {
		return Instant.now();
	}
}
