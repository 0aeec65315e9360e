// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.text;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.validation.ModelValidator;

/** Validation as the planners read it: the model's rules, with elements named in the user's words. */
public final class Validation {

	private Validation() {
	}

	/** Validates an element and everything it contains; never null, {@code OK} when nothing was found. */
	public static Diagnostic validate(EObject root) {
		return ModelValidator.validateTree(root, Labels::describe);
	}
}
