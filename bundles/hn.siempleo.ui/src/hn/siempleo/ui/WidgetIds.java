// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import org.eclipse.swt.widgets.Widget;

/**
 * Stable identifiers for widgets that tests and accessibility tools find without relying on labels,
 * which change with the language.
 */
public final class WidgetIds {

	/** The {@link Widget#getData(String)} key under which a widget's identifier is stored. */
	public static final String KEY = "hn.siempleo.id";

	private WidgetIds() {
	}

	/**
	 * Tags a widget with an identifier and returns it, so creation and tagging fit on one line.
	 *
	 * @param widget a widget, not disposed; must be called on the UI thread
	 * @param id an identifier unique within its shell
	 * @return the same widget
	 */
	public static <W extends Widget> W tag(W widget, String id) {
		widget.setData(KEY, id);
		return widget;
	}
}
