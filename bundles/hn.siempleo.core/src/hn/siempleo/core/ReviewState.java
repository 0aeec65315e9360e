// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core;

/**
 * The review state of an element of a model (e.g. a progress report of a shared plan whose central team approves
 * them), as {@link ModelService#reviewStates} reports it.
 *
 * @param pending whether it still waits for a review (its values already count in the model)
 * @param text the state in the user's language, e.g. "Pendiente de aprobación" or who approved it and when
 */
public record ReviewState(boolean pending, String text) {
}
