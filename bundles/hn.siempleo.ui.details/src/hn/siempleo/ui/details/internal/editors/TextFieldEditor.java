// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/**
 * A string in a text field. The value is committed when the field loses focus or on Enter (Ctrl+Enter
 * in multi-line fields, where Enter starts a new line and Tab moves on); an empty field clears the value.
 */
final class TextFieldEditor extends AbstractFieldEditor {

	private final boolean multiLine;
	private Text text;

	TextFieldEditor(EditTarget target, boolean multiLine) {
		super(target);
		this.multiLine = multiLine;
	}

	@Override
	protected Control createMainControl(Composite parent) {
		text = new Text(parent, SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridData data = fill();
		if (multiLine) {
			data.verticalAlignment = SWT.FILL;
			data.heightHint = text.getLineHeight() * 4;
			MultiLineKeys.install(text, this::commit);
		} else {
			text.addListener(SWT.DefaultSelection, e -> commit());
		}
		text.setLayoutData(data);
		text.addListener(SWT.FocusOut, e -> commit());
		return text;
	}

	@Override
	public void refresh() {
		String shown = orEmpty(target.value());
		if (!MultiLineKeys.normalized(text).equals(shown)) {
			text.setText(shown);
		}
	}

	private void commit() {
		if (!alive()) {
			return;
		}
		String value = MultiLineKeys.normalized(text);
		target.apply(value.isEmpty() ? null : value);
	}

	/** Keys of multi-line fields, shared with the list editor. */
	static final class MultiLineKeys {
		private MultiLineKeys() {
		}

		/** Tab and Shift+Tab leave the field; Ctrl+Enter commits. */
		static void install(Text text, Runnable commit) {
			text.addListener(SWT.Traverse, e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
			text.addListener(SWT.KeyDown, (Event e) -> {
				boolean enter = e.character == SWT.CR || e.keyCode == SWT.KEYPAD_CR;
				if (enter && (e.stateMask & SWT.MOD1) != 0) {
					e.doit = false;
					commit.run();
				}
			});
		}

		/** The field's text with line ends as the model keeps them. */
		static String normalized(Text text) {
			return text.getText().replace("\r\n", "\n");
		}
	}
}
