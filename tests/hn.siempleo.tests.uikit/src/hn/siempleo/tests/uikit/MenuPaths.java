// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/** Walks menus by the visible texts of their items; must run on the UI thread. */
final class MenuPaths {

	private MenuPaths() {
	}

	static MenuItem find(Menu bar, String... path) {
		if (bar == null) {
			throw new AssertionError("La ventana no tiene barra de menús");
		}
		Menu menu = bar;
		MenuItem item = null;
		for (int i = 0; i < path.length; i++) {
			show(menu);
			item = child(menu, path[i], path);
			if (i < path.length - 1) {
				menu = item.getMenu();
				if (menu == null) {
					throw new AssertionError("«" + path[i] + "» no es un submenú");
				}
			}
		}
		return item;
	}

	static Menu open(Menu bar, String... path) {
		Menu menu = find(bar, path).getMenu();
		show(menu);
		return menu;
	}

	private static MenuItem child(Menu menu, String text, String[] path) {
		List<String> seen = new ArrayList<>();
		for (MenuItem candidate : menu.getItems()) {
			String visible = Finder.clean(candidate.getText());
			if (visible.equals(text)) {
				return candidate;
			}
			seen.add(visible);
		}
		throw new AssertionError("No hay «" + text + "» en el menú (ruta " + String.join(" > ", path) + "); hay: " + seen);
	}

	/** Fires SWT.Show, as opening the menu would, so contribution managers fill it. */
	static void show(Menu menu) {
		if (menu.getParentItem() != null || (menu.getStyle() & SWT.BAR) == 0) {
			Event event = new Event();
			event.widget = menu;
			menu.notifyListeners(SWT.Show, event);
		}
	}
}
