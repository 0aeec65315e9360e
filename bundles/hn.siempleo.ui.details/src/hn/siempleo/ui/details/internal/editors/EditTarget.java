// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandWrapper;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.text.Labels;

/**
 * One property of one element as a field edits it: reads come from the element, writes go as a
 * {@link SetCommand} onto the editing domain's command stack, so every change can be undone.
 */
public final class EditTarget {

	private final EditingDomain domain;
	private final EObject object;
	private final IItemPropertyDescriptor descriptor;
	private final EStructuralFeature feature;

	/**
	 * @param domain the editing domain of the model holding {@code object}
	 * @param object the element edited
	 * @param descriptor a property descriptor of {@code object}'s item provider whose feature is an
	 *            {@link EStructuralFeature}
	 */
	public EditTarget(EditingDomain domain, EObject object, IItemPropertyDescriptor descriptor) {
		this.domain = domain;
		this.object = object;
		this.descriptor = descriptor;
		this.feature = (EStructuralFeature) descriptor.getFeature(object);
	}

	/** The element edited. */
	public EObject object() {
		return object;
	}

	/** The feature edited. */
	public EStructuralFeature feature() {
		return feature;
	}

	/** The property's Spanish name from the item provider, e.g. "Persona responsable". */
	public String displayName() {
		return descriptor.getDisplayName(object);
	}

	/** Whether the descriptor asks for a multi-line editor. */
	boolean multiLine() {
		return descriptor.isMultiLine(object);
	}

	/** Whether users may change the value: settable, not derived, and not the element's identity. */
	public boolean editable() {
		boolean identity = feature instanceof EAttribute attribute && attribute.isID();
		return feature.isChangeable() && !feature.isDerived() && !identity && descriptor.canSetProperty(object);
	}

	/** The current value, straight from the element (a list for many-valued features). */
	public Object value() {
		return object.eGet(feature);
	}

	/** The value's text as the item providers show it (Spanish enum literals, element labels). */
	public String text(Object value) {
		IItemLabelProvider labels = descriptor.getLabelProvider(object);
		String text = labels == null ? String.valueOf(value) : labels.getText(value);
		if (value instanceof EObject element && element.eClass() == feature.getEType()) {
			// the field's name already says what kind of element it holds
			text = Labels.withoutKind(element, text);
		}
		return text == null ? "" : text;
	}

	/** The values the feature may take, in the provider's order, without null. */
	public List<Object> choices() {
		Collection<?> all = descriptor.getChoiceOfValues(object);
		List<Object> choices = new ArrayList<>();
		if (all != null) {
			all.stream().filter(Objects::nonNull).forEach(choices::add);
		}
		return choices;
	}

	/**
	 * Changes the value through a command on the editing domain; nothing happens when the value is
	 * already {@code newValue} or the command cannot run.
	 *
	 * @param newValue the new value; a {@link List} for many-valued features
	 * @return whether a command was executed
	 */
	public boolean apply(Object newValue) {
		if (same(value(), newValue)) {
			return false;
		}
		Command set = SetCommand.create(domain, object, feature, newValue);
		Command labelled = new CommandWrapper(NLS.bind(Messages.EditTarget_commandLabel, displayName()),
				NLS.bind(Messages.EditTarget_commandDescription, displayName()), set);
		if (!labelled.canExecute()) {
			labelled.dispose();
			return false;
		}
		domain.getCommandStack().execute(labelled);
		return true;
	}

	private static boolean same(Object current, Object next) {
		if (current instanceof BigDecimal a && next instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(current, next);
	}
}
