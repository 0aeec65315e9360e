// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;

/**
 * Reads the model objects out of a viewer selection. Elements are unwrapped first as EMF editors do
 * (wrapper item providers and feature map entries give the object they stand for), then kept when they
 * are instances of the requested type. A selection that is null or not structured holds no objects. Pure
 * functions, safe on any thread.
 */
public final class EObjectSelection {

	private EObjectSelection() {
	}

	/**
	 * The selected objects of a type, in selection order.
	 *
	 * @param selection any selection, may be null
	 * @param type the wanted type, not null
	 * @return a new list, possibly empty, never null
	 */
	public static <T extends EObject> List<T> all(ISelection selection, Class<T> type) {
		List<T> result = new ArrayList<>();
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured.toList()) {
				Object unwrapped = AdapterFactoryEditingDomain.unwrap(element);
				if (type.isInstance(unwrapped)) {
					result.add(type.cast(unwrapped));
				}
			}
		}
		return result;
	}

	/**
	 * The first selected object of a type.
	 *
	 * @param selection any selection, may be null
	 * @param type the wanted type, not null
	 * @return the first object of the type, empty when there is none
	 */
	public static <T extends EObject> Optional<T> first(ISelection selection, Class<T> type) {
		return all(selection, type).stream().findFirst();
	}

	/**
	 * The selected object when exactly one element is selected and it is of the type: what a command that
	 * acts on a single object needs.
	 *
	 * @param selection any selection, may be null
	 * @param type the wanted type, not null
	 * @return the only selected object, empty when the selection is empty, larger or of another type
	 */
	public static <T extends EObject> Optional<T> single(ISelection selection, Class<T> type) {
		if (selection instanceof IStructuredSelection structured && structured.size() == 1) {
			return first(selection, type);
		}
		return Optional.empty();
	}
}
