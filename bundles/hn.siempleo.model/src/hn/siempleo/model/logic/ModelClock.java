// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Today's date, the one home for it: every rule that depends on the day (overdue, semáforo, the current
 * period) asks {@link #today(EObject)}. The clock belongs to the model's resource set: the model service
 * attaches the product's {@link Clock} service to each set it creates ({@link #attach}), so tests pin the day
 * by registering a fixed clock, and the semáforo cannot change at midnight between two figures of one view.
 * Elements outside a resource set use the system clock.
 */
public final class ModelClock extends AdapterImpl {

	private final Clock clock;

	private ModelClock(Clock clock) {
		this.clock = Objects.requireNonNull(clock);
	}

	/** Gives a resource set its clock, replacing any clock it had; returns the set. */
	public static ResourceSet attach(ResourceSet resourceSet, Clock clock) {
		resourceSet.eAdapters().removeIf(adapter -> adapter instanceof ModelClock);
		resourceSet.eAdapters().add(new ModelClock(clock));
		return resourceSet;
	}

	/** The clock of an element's model: its resource set's, else the system clock. */
	public static Clock clock(EObject element) {
		Resource resource = element == null ? null : element.eResource();
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set != null) {
			for (Adapter adapter : set.eAdapters()) {
				if (adapter instanceof ModelClock modelClock) {
					return modelClock.clock;
				}
			}
		}
		return Clock.systemDefaultZone();
	}

	/** Today for an element's model (see {@link #clock(EObject)}). */
	public static LocalDate today(EObject element) {
		return LocalDate.now(clock(element));
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == ModelClock.class;
	}
}
