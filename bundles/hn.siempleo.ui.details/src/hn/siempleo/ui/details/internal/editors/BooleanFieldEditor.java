// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** A yes/no value as a check box, applied when toggled. */
final class BooleanFieldEditor extends AbstractFieldEditor {

	private Button check;

	BooleanFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		check = new Button(parent, SWT.CHECK);
		GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
		data.horizontalIndent = FieldProblem.indent();
		check.setLayoutData(data);
		check.addListener(SWT.Selection, e -> {
			if (alive()) {
				target.apply(check.getSelection());
			}
		});
		return check;
	}

	@Override
	public void refresh() {
		check.setSelection(Boolean.TRUE.equals(target.value()));
	}
}
