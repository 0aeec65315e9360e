// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/**
 * A number in a text field, committed on focus loss or Enter. Input that is not a number of the feature's
 * type is not applied: the field keeps it and shows why beside it.
 */
final class NumberFieldEditor extends AbstractFieldEditor {

	private Text text;

	NumberFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		text = new Text(parent, SWT.BORDER | SWT.SINGLE | SWT.RIGHT);
		text.setLayoutData(fill());
		text.addListener(SWT.DefaultSelection, e -> commit());
		text.addListener(SWT.FocusOut, e -> commit());
		return text;
	}

	@Override
	public void refresh() {
		String shown = ValueParsing.format(target.value());
		if (!text.getText().equals(shown)) {
			text.setText(shown);
		}
	}

	private void commit() {
		if (!alive()) {
			return;
		}
		ValueParsing.Result parsed = ValueParsing.parse(text.getText(), target.feature().getEType().getInstanceClass());
		if (parsed.error() != null) {
			showProblem(Diagnostic.ERROR, parsed.error());
			return;
		}
		if (!target.apply(parsed.value())) {
			refresh();
		}
	}
}
