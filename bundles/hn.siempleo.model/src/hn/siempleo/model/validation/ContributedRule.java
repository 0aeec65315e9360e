// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.model.Workspace;

/**
 * A validation rule contributed by a plug-in through the extension point
 * {@code hn.siempleo.model.validationRules}. Its findings appear in <em>Problemas</em>, in the properties form
 * and in {@code ./siempleo validate}, with the rule's id and severity as declared in the extension.
 *
 * <p>Implementations read the model only; they are called on the thread that validates (the UI thread or a
 * command-line application) and must be quick: the workbench validates after every change.
 */
public interface ContributedRule {

	/** Where a rule reports what it found. */
	interface Findings {
		/**
		 * Reports one finding.
		 *
		 * @param element the element at fault (shown and selected by <em>Problemas</em>), not null
		 * @param message the Spanish message naming the element and the reason
		 */
		void report(EObject element, String message);
	}

	/**
	 * Checks the whole model: the workspace and the roots of model extensions beside it
	 * ({@code workspace.eResource().getContents()}).
	 */
	void check(Workspace workspace, Findings findings);
}
