// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Shell;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;

/** What the editor's pages need from the editor: the model, the diagnostic shown, and the ways to act. */
interface EditorContext {

	/** The open model, or null. */
	OpenModel model();

	/** The diagnostic shown, or null. */
	Diagnostic diagnostic();

	/** Executes a command on the model's command stack (one undo history); nothing when no model is open. */
	void execute(Command command);

	/** Shows the Criterios page with an assessment selected. */
	void showCriterion(Assessment assessment);

	/** Shows an action in the plan tracker. */
	void showAction(Action action);

	/** The shell for dialogs. */
	Shell shell();
}
