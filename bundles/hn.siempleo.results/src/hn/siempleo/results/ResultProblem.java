// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import org.eclipse.emf.ecore.EObject;

/**
 * A rule finding on results data.
 *
 * @param element the measurement or target concerned
 * @param message what is wrong, in Spanish
 */
public record ResultProblem(EObject element, String message) {
}
