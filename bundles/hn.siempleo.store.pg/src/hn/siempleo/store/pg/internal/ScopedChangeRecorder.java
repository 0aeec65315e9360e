// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.change.FeatureChange;
import org.eclipse.emf.ecore.change.ResourceChange;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.common.util.EList;

/**
 * A {@link ChangeRecorder} whose cost per recording follows the size of the change, not of the model. EMF's
 * recorder, when a recording ends, looks at every object it has ever watched to find those a command took out
 * of the model (36 ms on a 100,000-action plan); this one remembers, from the notifications of the recording,
 * the objects a command touched (the notifiers, and the values that left or entered a containment) and looks
 * only at those. Recordings can follow one another on the same recorder: adapters are installed once, when the
 * model is opened, and on objects as they enter it.
 * <p>
 * An object counts as taken out ({@link ChangeDescription#getObjectsToAttach()}) when it was in the model
 * before the recording began, whichever recording brought it in; an object created and removed within one
 * recording leaves no trace.
 */
final class ScopedChangeRecorder extends ChangeRecorder {

	private final Set<EObject> touched = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<Notifier> newInThisRecording = Collections.newSetFromMap(new IdentityHashMap<>());

	ScopedChangeRecorder(Resource resource) {
		// not super(resource): that begins recording before this class's fields exist
		beginRecording(List.of(resource));
	}

	@Override
	public void beginRecording(ChangeDescription changeDescription, Collection<?> rootObjects) {
		touched.clear();
		newInThisRecording.clear();
		super.beginRecording(changeDescription, rootObjects);
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (isRecording()) {
			Object notifier = notification.getNotifier();
			Object feature = notification.getFeature();
			if (notifier instanceof EObject object) {
				touched.add(object);
				if (feature instanceof EReference reference && reference.isContainment()) {
					touch(notification.getOldValue());
					touch(notification.getNewValue());
				}
			} else if (notifier instanceof Resource
					&& notification.getFeatureID(Resource.class) == Resource.RESOURCE__CONTENTS) {
				touch(notification.getOldValue());
				touch(notification.getNewValue());
			}
		}
		super.notifyChanged(notification);
	}

	private void touch(Object value) {
		if (value instanceof EObject object) {
			touched.add(object);
		} else if (value instanceof Collection<?> values) {
			for (Object item : values) {
				if (item instanceof EObject object) {
					touched.add(object);
				}
			}
		}
	}

	@Override
	public void setTarget(Notifier target) {
		if (isRecording() && !loadingTargets) {
			newInThisRecording.add(target);
		}
		super.setTarget(target);
	}

	/**
	 * What {@code ChangeRecorder.consolidateChanges} does, on the touched objects only, followed by what
	 * {@code BasicChangeRecorder.consolidateChanges} does.
	 */
	@Override
	protected void consolidateChanges() {
		ChangeDescription description = getChangeDescription();
		List<EObject> orphans = description.getObjectsToAttach();
		for (EObject object : touched) {
			if (isOrphan(object)) {
				if (newInThisRecording.contains(object)) {
					description.getObjectChanges().removeKey(object);
				} else if (!orphans.contains(object)) {
					orphans.add(object);
				}
			}
		}
		for (Map.Entry<EObject, EList<FeatureChange>> entry : description.getObjectChanges()) {
			for (FeatureChange change : entry.getValue()) {
				finalizeChange(change, entry.getKey());
			}
		}
		for (ResourceChange change : description.getResourceChanges()) {
			finalizeChange(change);
		}
		eliminateEmptyChanges();
		touched.clear();
		newInThisRecording.clear();
	}
}
