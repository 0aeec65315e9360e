// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.Institution;

/**
 * Where an office can refer people: a partner institution of the core model, or a finer destination a
 * plug-in contributes (an INFOP course, a SENPRENDE programme) through {@code hn.siempleo.model.referralDestinations}.
 *
 * @param element the model element (an {@link Institution}, or a plug-in's object), not null
 * @param code its code, for matrices and imports
 * @param label the Spanish label shown in lists
 * @param institution the institution that receives the people, or null when unknown
 * @param kind a short Spanish word for the kind of destination ("Institución", "Curso INFOP")
 */
public record ReferralDestination(EObject element, String code, String label, Institution institution, String kind) {
}
