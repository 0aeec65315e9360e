// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;

/** Widget lookups used by the drivers; all methods must run on the UI thread. */
public final class Finder {

	/** The data key production code tags widgets with (same value as {@code hn.siempleo.ui.WidgetIds.KEY}). */
	public static final String ID_KEY = "hn.siempleo.id";

	private Finder() {
	}

	/** Every visible control under a root, depth first, the root included. */
	public static List<Control> controls(Control root) {
		List<Control> all = new ArrayList<>();
		collect(root, all);
		return all;
	}

	private static void collect(Control control, List<Control> all) {
		if (control.isDisposed()) {
			return;
		}
		all.add(control);
		if (control instanceof Composite composite && !(control instanceof Shell && all.size() > 1)) {
			for (Control child : composite.getChildren()) {
				collect(child, all);
			}
		}
	}

	/** Controls under a root that match a predicate, in depth-first order. */
	public static <T extends Control> List<T> find(Control root, Class<T> type, Predicate<? super T> predicate) {
		List<T> found = new ArrayList<>();
		for (Control control : controls(root)) {
			if (type.isInstance(control) && control.isVisible()) {
				T typed = type.cast(control);
				if (predicate.test(typed)) {
					found.add(typed);
				}
			}
		}
		return found;
	}

	/** Whether a widget carries this data id. */
	public static boolean hasId(Widget widget, String id) {
		return id.equals(widget.getData(ID_KEY));
	}

	/** The visible text of a widget, without mnemonics and accelerator text; empty when it has none. */
	public static String textOf(Widget widget) {
		String text;
		if (widget instanceof Button b) {
			text = b.getText();
		} else if (widget instanceof Label l) {
			text = l.getText();
		} else if (widget instanceof Text t) {
			text = t.getText();
		} else if (widget instanceof Group g) {
			text = g.getText();
		} else if (widget instanceof Link l) {
			text = l.getText().replaceAll("</?a[^>]*>", "");
		} else if (widget instanceof Shell s) {
			text = s.getText();
		} else if (widget instanceof Item i) {
			text = i.getText();
		} else {
			text = "";
		}
		return clean(text);
	}

	/** Removes mnemonic ampersands and the accelerator part ("\tCtrl+S") of a menu text. */
	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		int tab = text.indexOf('\t');
		String visible = tab >= 0 ? text.substring(0, tab) : text;
		return visible.replace("&&", "\u0000").replace("&", "").replace("\u0000", "&").trim();
	}

	/** The control that follows a label with this text inside the same parent (a form's field). */
	public static Control fieldAfterLabel(Control root, String labelText) {
		for (Label label : find(root, Label.class, l -> clean(l.getText()).equals(clean(labelText)))) {
			Control[] siblings = label.getParent().getChildren();
			for (int i = 0; i < siblings.length - 1; i++) {
				if (siblings[i] == label) {
					return siblings[i + 1];
				}
			}
		}
		return null;
	}
}
