// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Control;

/** Layout idioms every part shares. UI thread. */
public final class Layouts {

	private Layouts() {
	}

	/**
	 * Shows or hides a control laid out by a {@code GridLayout}: a hidden one takes no room (its {@link GridData} is
	 * excluded). The caller lays the parent out again.
	 */
	public static void shown(Control control, boolean shown) {
		control.setVisible(shown);
		((GridData) control.getLayoutData()).exclude = !shown;
	}
}
