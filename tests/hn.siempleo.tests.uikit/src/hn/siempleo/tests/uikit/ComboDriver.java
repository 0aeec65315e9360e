// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;

/** Selects in and reads a combo. */
public final class ComboDriver {

	private final UiKit kit;
	private final Combo combo;

	ComboDriver(UiKit kit, Combo combo) {
		this.kit = kit;
		this.combo = combo;
	}

	/** Selects the item with this text and notifies listeners as a user's choice would. */
	public void select(String item) {
		kit.post(() -> {
			int index = combo.indexOf(item);
			if (index < 0) {
				throw new AssertionError("La lista no tiene «" + item + "»; tiene " + List.of(combo.getItems()));
			}
			combo.select(index);
			Event event = new Event();
			event.widget = combo;
			combo.notifyListeners(SWT.Selection, event);
		});
		kit.waitUntil("que se seleccione «" + item + "»", () -> item.equals(combo.getText()));
	}

	/** The selected or typed text. */
	public String selection() {
		return kit.call(combo::getText);
	}

	/** All items offered. */
	public List<String> items() {
		return kit.call(() -> List.of(combo.getItems()));
	}
}
