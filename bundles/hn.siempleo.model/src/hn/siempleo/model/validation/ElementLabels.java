// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Coded;

/** Short Spanish descriptions of elements for messages: the kind and the code, else the name. */
public final class ElementLabels {

	private ElementLabels() {
	}

	/** E.g. "Acción AC-12" or "Miembro «Alcaldía de Choluteca»"; never null. */
	public static String describe(EObject object) {
		if (object == null) {
			return Messages.Label_none;
		}
		String kind = kind(object);
		if (object instanceof Coded coded && coded.getCode() != null && !coded.getCode().isBlank()) {
			return NLS.bind(Messages.Label_withCode, kind, coded.getCode());
		}
		EStructuralFeature name = object.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : object.eGet(name);
		if (value instanceof String text && !text.isBlank()) {
			return NLS.bind(Messages.Label_withName, kind, text);
		}
		return kind;
	}

	/** The Spanish name of an element's kind, e.g. "Acción"; the class name when none is known. */
	public static String kind(EObject object) {
		String key = "Kind_" + object.eClass().getName();
		try {
			Object value = Messages.class.getField(key).get(null);
			return value instanceof String text ? text : object.eClass().getName();
		} catch (ReflectiveOperationException e) {
			return object.eClass().getName();
		}
	}
}
