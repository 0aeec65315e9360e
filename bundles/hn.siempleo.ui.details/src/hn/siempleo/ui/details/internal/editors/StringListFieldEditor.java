// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

/** A list of strings (e.g. a diagnostic's assessors), one per line, committed when the field loses focus. */
final class StringListFieldEditor extends AbstractFieldEditor {

	private Text text;

	StringListFieldEditor(EditTarget target) {
		super(target);
	}

	@Override
	protected Control createMainControl(Composite parent) {
		text = new Text(parent, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		text.setToolTipText(Messages.StringListFieldEditor_hint);
		GridData data = fill();
		data.heightHint = text.getLineHeight() * 3;
		text.setLayoutData(data);
		TextFieldEditor.MultiLineKeys.install(text, this::commit);
		text.addListener(SWT.FocusOut, e -> commit());
		return text;
	}

	@Override
	public void refresh() {
		String shown = String.join("\n", lines(target.value()));
		if (!String.join("\n", entries()).equals(shown)) {
			text.setText(shown);
		}
	}

	private void commit() {
		if (alive()) {
			target.apply(entries());
		}
	}

	private List<String> entries() {
		return Arrays.stream(TextFieldEditor.MultiLineKeys.normalized(text).split("\n")).map(String::strip)
				.filter(s -> !s.isEmpty()).toList();
	}

	private static List<String> lines(Object value) {
		return ((List<?>) value).stream().map(AbstractFieldEditor::orEmpty).toList();
	}
}
