// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.time.LocalDate;
import java.util.Set;

import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Chooses the editor for a property from its feature's kind and type. */
public final class FieldEditors {

	/** String features edited over several lines even where the item provider does not say so. */
	private static final Set<String> LONG_TEXTS = Set.of("description", "evidence", "finding", "recommendation",
			"note");

	private FieldEditors() {
	}

	/** Read-only text for a property the user may not change at all (e.g. a shared plan's element of another office). */
	public static FieldEditor readOnly(EditTarget target) {
		return new ReadOnlyFieldEditor(target);
	}

	/**
	 * The editor for {@code target}: read-only text for what users may not change and for types without an
	 * editor, else text, number, check box, combo, reference list or date.
	 */
	public static FieldEditor create(EditTarget target) {
		EStructuralFeature feature = target.feature();
		if (!target.editable()) {
			return new ReadOnlyFieldEditor(target);
		}
		if (feature instanceof EReference reference) {
			if (reference.isContainment()) {
				return new ReadOnlyFieldEditor(target);
			}
			return reference.isMany() ? new ReferenceListFieldEditor(target) : new ReferenceFieldEditor(target);
		}
		Class<?> type = feature.getEType().getInstanceClass();
		if (feature.isMany()) {
			return type == String.class ? new StringListFieldEditor(target) : new ReadOnlyFieldEditor(target);
		}
		if (feature.getEType() instanceof EEnum) {
			return new EnumFieldEditor(target);
		}
		if (type == String.class) {
			return new TextFieldEditor(target, target.multiLine() || LONG_TEXTS.contains(feature.getName()));
		}
		if (type == boolean.class || type == Boolean.class) {
			return new BooleanFieldEditor(target);
		}
		if (type == LocalDate.class) {
			return new DateFieldEditor(target);
		}
		if (type != null && ValueParsing.supports(type)) {
			return new NumberFieldEditor(target);
		}
		return new ReadOnlyFieldEditor(target);
	}
}
