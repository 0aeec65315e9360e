// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.text;

import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Coded;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.logic.ActionFilter;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.model.provider.SiempleoEditPlugin;

/**
 * The user's words for the model, taken from one place, the model's item providers (model.edit's
 * {@code plugin.properties} and {@code plugin_es.properties}): enumeration literals ("En proceso", "Vencida"),
 * element kinds ("Acción"), and short descriptions of elements ("Acción AC-12"). Used by the validator's
 * messages, the forms, the grid, the Excel files and the reports; the literals are also known in every
 * language, for reading files written in another. Safe on any thread.
 */
public final class Labels {

	/** Names by literal and by class: the language does not change while the product runs. */
	private static final Map<Object, String> CACHE = new ConcurrentHashMap<>();

	/** The model.edit bundle's {@code Bundle-Localization}: its {@code plugin*.properties}, at its root. */
	private static final String EDIT_LOCALIZATION = "plugin"; //$NON-NLS-1$

	private Labels() {
	}

	/** The user's name of an enumeration literal, e.g. "Completada" for {@code ActionStatus.DONE}; "" for null. */
	public static String literal(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		return CACHE.computeIfAbsent(literal, key -> string(literalKey(literal), literal.getLiteral()));
	}

	/**
	 * The names of an enumeration literal in every language of the workbench ({@link Languages#ALL}), without
	 * repeats, whatever language it runs in: "Completada", "Completed" for {@code ActionStatus.DONE}; empty for
	 * null or a literal without names.
	 */
	public static List<String> literalInEveryLanguage(Enumerator literal) {
		if (literal == null) {
			return List.of();
		}
		return Languages.strings(EDIT_LOCALIZATION, SiempleoEditPlugin.class.getClassLoader(), literalKey(literal));
	}

	/** The user's name of a kind of element, e.g. "Acción"; the class name when none is known. */
	public static String kind(EClass eClass) {
		return CACHE.computeIfAbsent(eClass, key -> string("_UI_" + eClass.getName() + "_type", eClass.getName())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The user's name of a field, e.g. "Persona responsable" for Action.responsiblePerson; its name when none is known. */
	public static String feature(EStructuralFeature feature) {
		return CACHE.computeIfAbsent(feature, key -> string("_UI_" + feature.getEContainingClass().getName() + "_" //$NON-NLS-1$ //$NON-NLS-2$
				+ feature.getName() + "_feature", feature.getName())); //$NON-NLS-1$
	}

	/**
	 * An element's label without the kind it starts with, where something beside it already names the kind (a
	 * folder, a field, a form's heading): "Oficina Central Tegucigalpa" for "Oficina Oficina Central Tegucigalpa".
	 * A label that is only the kind, or does not start with it, is returned as it is; null stays null.
	 */
	public static String withoutKind(EObject element, String label) {
		if (element == null || label == null) {
			return label;
		}
		String kind = kind(element) + " "; //$NON-NLS-1$
		return label.startsWith(kind) && !label.substring(kind.length()).isBlank() ? label.substring(kind.length()) : label;
	}

	/** The kind of an element (see {@link #kind(EClass)}). */
	public static String kind(EObject element) {
		return kind(element.eClass());
	}

	/** E.g. "Acción AC-12" or "Miembro de la mesa «Alcaldía de Choluteca»"; never null. */
	public static String describe(EObject element) {
		if (element == null) {
			return Messages.Labels_none;
		}
		String kind = kind(element);
		if (element instanceof Coded coded && coded.getCode() != null && !coded.getCode().isBlank()) {
			return NLS.bind(Messages.Labels_withCode, kind, coded.getCode());
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name"); //$NON-NLS-1$
		Object value = name == null ? null : element.eGet(name);
		if (value instanceof String text && !text.isBlank()) {
			return NLS.bind(Messages.Labels_withName, kind, text);
		}
		return kind;
	}

	/** A short description of a filter for a list's heading, e.g. "Vencidas" or "Prioridad 3". */
	public static String describe(ActionFilter filter) {
		String value = filter.value();
		return switch (filter.kind()) {
			case ALL -> Messages.ActionFilter_all;
			case OVERDUE -> Messages.ActionFilter_overdue;
			case MISSING_OWNER_OR_DATES -> Messages.ActionFilter_missingOwnerOrDates;
			case MISSING_COST -> Messages.ActionFilter_missingCost;
			case BUDGET -> value == null ? Messages.ActionFilter_budget
					: NLS.bind(Messages.ActionFilter_budgetOfAxis,
							value.equals(PlanFigures.NONE) ? Messages.ActionFilter_withoutAxis : value);
			case PRIORITY -> NLS.bind(Messages.ActionFilter_priority, value);
			case STATUS -> NLS.bind(Messages.ActionFilter_status, literal(ActionStatus.get(value)));
			case AXIS -> value.equals(PlanFigures.NONE) ? Messages.ActionFilter_noAxis
					: NLS.bind(Messages.ActionFilter_axis, value);
			case TRAFFIC_LIGHT -> NLS.bind(Messages.ActionFilter_trafficLight, literal(TrafficLight.get(value)));
		};
	}

	/** "Sí" or "No". */
	public static String yesNo(boolean value) {
		return value ? Messages.Labels_yes : Messages.Labels_no;
	}

	private static String literalKey(Enumerator literal) {
		return "_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String string(String key, String fallback) {
		try {
			return SiempleoEditPlugin.INSTANCE.getString(key);
		} catch (MissingResourceException e) {
			return fallback;
		}
	}
}
