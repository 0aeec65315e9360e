// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import hn.siempleo.ui.WidgetIds;

/** Shared plumbing of the field editors: tagging, problem marks and the first refresh. */
abstract class AbstractFieldEditor implements FieldEditor {

	protected final EditTarget target;
	private Control control;
	private FieldProblem problem;

	AbstractFieldEditor(EditTarget target) {
		this.target = target;
	}

	@Override
	public final EStructuralFeature feature() {
		return target.feature();
	}

	@Override
	public final void createControls(Composite parent) {
		control = createMainControl(parent);
		WidgetIds.tag(control, idOf(""));
		problem = new FieldProblem(control);
		refresh();
	}

	@Override
	public final Control control() {
		return control;
	}

	@Override
	public final void showProblem(int severity, String message) {
		if (problem != null) {
			problem.show(severity, message);
		}
	}

	/** Creates the widgets and returns the main control (laid out with room for the problem mark). */
	protected abstract Control createMainControl(Composite parent);

	/** The widget id {@code details.<feature>} followed by {@code suffix} (e.g. ".edit"). */
	protected final String idOf(String suffix) {
		return "details." + target.feature().getName() + suffix;
	}

	/** Whether the widgets can still be used; commits arriving during disposal are dropped. */
	protected final boolean alive() {
		return control != null && !control.isDisposed();
	}

	/** Grid data for a control that fills the cell without asking for more width than it needs. */
	protected static GridData fill() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 120;
		data.horizontalIndent = FieldProblem.indent();
		return data;
	}

	/** A text for a possibly null string. */
	protected static String orEmpty(Object value) {
		return value == null ? "" : value.toString();
	}
}
