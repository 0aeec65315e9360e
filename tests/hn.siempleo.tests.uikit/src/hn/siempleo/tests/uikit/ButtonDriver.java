// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;

/** Clicks and reads a button. */
public final class ButtonDriver {

	private final UiKit kit;
	private final Button button;

	ButtonDriver(UiKit kit, Button button) {
		this.kit = kit;
		this.button = button;
	}

	/** Waits until the button is enabled, then clicks it (check, toggle and radio buttons change as a user's click). */
	public void click() {
		kit.waitUntil("que el botón «" + kit.call(button::getText) + "» esté habilitado", button::isEnabled);
		kit.post(() -> {
			if ((button.getStyle() & (SWT.CHECK | SWT.TOGGLE)) != 0) {
				button.setSelection(!button.getSelection());
			} else if ((button.getStyle() & SWT.RADIO) != 0) {
				button.setSelection(true);
			}
			Event event = new Event();
			event.widget = button;
			button.notifyListeners(SWT.Selection, event);
		});
	}

	/** Whether the button can be clicked now. */
	public boolean isEnabled() {
		return kit.call(button::isEnabled);
	}

	/** Whether a check or radio button is selected. */
	public boolean isSelected() {
		return kit.call(button::getSelection);
	}
}
