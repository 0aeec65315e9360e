// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A control's context menu as the keyboard (Shift+F10) opens it on the selection: asked for (SWT.MenuDetect),
 * then shown (SWT.Show) so that contributions and listeners fill and enable its items.
 */
final class ContextMenus {

	private ContextMenus() {
	}

	static List<String> texts(UiKit kit, Control control) {
		return kit.call(() -> texts(open(control)));
	}

	static List<String> submenuTexts(UiKit kit, Control control, String... path) {
		return kit.call(() -> {
			Menu menu = MenuPaths.find(open(control), path).getMenu();
			MenuPaths.show(menu);
			return texts(menu);
		});
	}

	static boolean enabled(UiKit kit, Control control, String... path) {
		return kit.call(() -> MenuPaths.find(open(control), path).isEnabled());
	}

	static void choose(UiKit kit, Control control, String... path) {
		MenuItem item = kit.call(() -> MenuPaths.find(open(control), path));
		kit.waitUntil("que «" + String.join(" > ", path) + "» del menú contextual esté habilitado", item::isEnabled);
		kit.post(() -> {
			Event event = new Event();
			event.widget = item;
			item.notifyListeners(SWT.Selection, event);
		});
	}

	private static Menu open(Control control) {
		Event detect = new Event();
		detect.widget = control;
		detect.detail = SWT.MENU_KEYBOARD;
		detect.doit = true;
		control.notifyListeners(SWT.MenuDetect, detect);
		Menu menu = control.getMenu();
		if (menu == null || !detect.doit) {
			throw new AssertionError("«" + control + "» no tiene menú contextual");
		}
		MenuPaths.show(menu);
		return menu;
	}

	private static List<String> texts(Menu menu) {
		List<String> texts = new ArrayList<>();
		for (MenuItem item : menu.getItems()) {
			if ((item.getStyle() & SWT.SEPARATOR) == 0) {
				texts.add(Finder.clean(item.getText()));
			}
		}
		return texts;
	}
}
