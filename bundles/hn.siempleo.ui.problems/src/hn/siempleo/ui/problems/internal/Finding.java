// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import org.eclipse.emf.ecore.EObject;

/**
 * One validation finding as the Problemas view shows it.
 *
 * @param error whether it is an error (else a warning)
 * @param message the Spanish message
 * @param element the element at fault, or null when the diagnostic names none
 * @param elementLabel a short description of the element, e.g. "Acción AC-12"
 * @param rule the rule id (e.g. {@code action.owner}), or a generic label for EMF's structural checks
 */
record Finding(boolean error, String message, EObject element, String elementLabel, String rule) {
}
