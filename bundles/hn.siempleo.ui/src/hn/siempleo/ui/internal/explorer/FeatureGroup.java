// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/** A folder in the explorer for one containment list of the root ("Oficinas (17)"). */
record FeatureGroup(EObject owner, EReference feature) {

	/** The elements in the folder, live. */
	List<?> elements() {
		return (List<?>) owner.eGet(feature);
	}
}
