// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * The editing control of one property in the details form. Every change it makes is a command on the open
 * model's editing domain. All methods run on the UI thread.
 */
public interface FieldEditor {

	/** The {@link Control#getData(String)} key under which the main control holds its current problem text. */
	String PROBLEM_KEY = "hn.siempleo.details.problem";

	/** The feature this editor shows. */
	EStructuralFeature feature();

	/**
	 * Creates the editor's widgets as one cell of {@code parent}, whose layout is a {@link org.eclipse.swt.layout.GridLayout};
	 * the main control is tagged {@code details.<feature name>}.
	 */
	void createControls(Composite parent);

	/** The main control: the one tagged, focused and decorated with problems; null before {@link #createControls}. */
	Control control();

	/** Shows the model's current value again, discarding input not yet committed. */
	void refresh();

	/**
	 * Marks the field with a problem.
	 *
	 * @param severity an {@link org.eclipse.emf.common.util.Diagnostic} severity; {@code OK} clears the mark
	 * @param message the Spanish text to show, or null with {@code OK}
	 */
	void showProblem(int severity, String message);
}
