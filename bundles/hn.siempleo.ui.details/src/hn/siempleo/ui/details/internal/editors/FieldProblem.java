// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/** The error or warning mark beside a field's main control, with its message on hover. */
final class FieldProblem {

	private final Control control;
	private final ControlDecoration decoration;

	FieldProblem(Control control) {
		this.control = control;
		this.decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setMarginWidth(1);
		decoration.hide();
	}

	/** The horizontal room to leave left of a decorated control. */
	static int indent() {
		return FieldDecorationRegistry.getDefault().getMaximumDecorationWidth() + 2;
	}

	void show(int severity, String message) {
		if (severity == Diagnostic.OK || message == null || control.isDisposed()) {
			clear();
			return;
		}
		String kind = switch (severity) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> FieldDecorationRegistry.DEC_ERROR;
			case Diagnostic.WARNING -> FieldDecorationRegistry.DEC_WARNING;
			default -> FieldDecorationRegistry.DEC_INFORMATION;
		};
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(kind).getImage());
		decoration.setDescriptionText(message);
		decoration.show();
		control.setData(FieldEditor.PROBLEM_KEY, message);
	}

	void clear() {
		if (control.isDisposed()) {
			return;
		}
		decoration.hide();
		decoration.setDescriptionText(null);
		control.setData(FieldEditor.PROBLEM_KEY, null);
	}
}
