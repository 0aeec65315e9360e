// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** Types into and reads a text field. */
public final class TextDriver {

	private final UiKit kit;
	private final Text text;

	TextDriver(UiKit kit, Text text) {
		this.kit = kit;
		this.text = text;
	}

	/**
	 * Replaces the content as a user would: focus, new text (Verify and Modify listeners run), then the
	 * field loses focus so that bindings that update on focus-out commit the value.
	 */
	public void type(String value) {
		kit.waitUntil("que el campo sea editable", () -> text.isEnabled() && text.getEditable());
		kit.run(() -> {
			text.setFocus();
			text.setText(value);
			Event focusOut = new Event();
			focusOut.widget = text;
			text.notifyListeners(SWT.FocusOut, focusOut);
		});
	}

	/** Presses Enter in the field (default selection). */
	public void pressEnter() {
		kit.post(() -> {
			Event event = new Event();
			event.widget = text;
			text.notifyListeners(SWT.DefaultSelection, event);
		});
	}

	/** The current content. */
	public String value() {
		return kit.call(text::getText);
	}
}
