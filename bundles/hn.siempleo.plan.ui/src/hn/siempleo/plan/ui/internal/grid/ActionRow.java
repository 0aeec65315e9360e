// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.function.BiConsumer;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EStructuralFeature;

import hn.siempleo.model.Action;

/**
 * An action in the tracker grid and its position in the plan (the order of last resort, and the index of
 * its values in the {@link ColumnCache}). The row listens to its action and reports each change, so that
 * the cache stays right without listening to the whole model; it also keeps the action's validation marks.
 */
public final class ActionRow extends AdapterImpl implements TrackerRow {

	private final Action action;
	private final int order;
	private final BiConsumer<ActionRow, EStructuralFeature> onChange;
	private ProblemMarks problems;

	/**
	 * @param action the action shown
	 * @param order its position in the plan
	 * @param onChange called with the row and the changed feature (null when unknown) on the thread that
	 *            changed the action
	 */
	ActionRow(Action action, int order, BiConsumer<ActionRow, EStructuralFeature> onChange) {
		this.action = action;
		this.order = order;
		this.onChange = onChange;
	}

	/** The action shown. */
	public Action action() {
		return action;
	}

	/** The action's position in the plan. */
	int order() {
		return order;
	}

	@Override
	public String rowId() {
		return action.getId();
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (!notification.isTouch()) {
			problems = null;
			onChange.accept(this, notification.getFeature() instanceof EStructuralFeature feature ? feature : null);
		}
	}

	/** Forgets the validation marks (after changes elsewhere in the model). */
	void invalidate() {
		problems = null;
	}

	/** The validation problems of the action's cells, computed on first use. */
	ProblemMarks problems() {
		if (problems == null) {
			problems = ProblemMarks.of(action);
		}
		return problems;
	}
}
