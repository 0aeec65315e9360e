// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/** Finds and drives the widgets of one shell. */
public final class ShellDriver {

	private final UiKit kit;
	private final Shell shell;
	private final String title;

	ShellDriver(UiKit kit, Shell shell) {
		this.kit = kit;
		this.shell = shell;
		this.title = kit.call(shell::getText);
	}

	/** The SWT shell; touch it only on the UI thread. */
	public Shell widget() {
		return shell;
	}

	/** The kit this driver belongs to. */
	public UiKit kit() {
		return kit;
	}

	/** The current title. */
	public String title() {
		return kit.call(shell::getText);
	}

	String titleWhenFound() {
		return title;
	}

	/** Whether the shell is still open and visible. */
	public boolean isOpen() {
		return kit.call(() -> !shell.isDisposed() && shell.isVisible());
	}

	/** Closes the shell as the window manager's close button would. */
	public void close() {
		kit.post(() -> {
			if (!shell.isDisposed()) {
				shell.close();
			}
		});
	}

	/** A button (push, check, radio) with this visible text. */
	public ButtonDriver button(String text) {
		return new ButtonDriver(kit, one(Button.class, "un botón «" + text + "»",
				b -> Finder.clean(b.getText()).equals(text)));
	}

	/** A button, by data id. */
	public ButtonDriver buttonById(String id) {
		return new ButtonDriver(kit, one(Button.class, "un botón con id «" + id + "»", b -> Finder.hasId(b, id)));
	}

	/** A label, by data id or by its exact text. */
	public LabelDriver label(String idOrText) {
		return new LabelDriver(kit, one(Label.class, "una etiqueta «" + idOrText + "»",
				l -> Finder.hasId(l, idOrText) || Finder.clean(l.getText()).equals(idOrText)));
	}

	/** The first label whose text contains {@code part} (dialog messages, status lines). */
	public LabelDriver labelContaining(String part) {
		return new LabelDriver(kit, one(Label.class, "una etiqueta que contenga «" + part + "»",
				l -> Finder.clean(l.getText()).contains(part)));
	}

	/** A text field, by data id or by the label just before it. */
	public TextDriver text(String idOrLabel) {
		return new TextDriver(kit, byIdOrLabel(Text.class, idOrLabel));
	}

	/** A combo, by data id or by the label just before it. */
	public ComboDriver combo(String idOrLabel) {
		return new ComboDriver(kit, byIdOrLabel(Combo.class, idOrLabel));
	}

	/** A table, by data id. */
	public TableDriver table(String id) {
		return new TableDriver(kit, one(Table.class, "una tabla «" + id + "»", t -> Finder.hasId(t, id)));
	}

	/** A tree, by data id. */
	public TreeDriver tree(String id) {
		return new TreeDriver(kit, one(Tree.class, "un árbol «" + id + "»", t -> Finder.hasId(t, id)));
	}

	/** A NatTable grid, by data id. */
	public NatTableDriver natTable(String id) {
		return new NatTableDriver(kit,
				one(org.eclipse.nebula.widgets.nattable.NatTable.class, "una tabla NatTable «" + id + "»",
						t -> Finder.hasId(t, id)));
	}

	/** Any control with this data id. */
	public <T extends Control> T byId(Class<T> type, String id) {
		return one(type, "un control con id «" + id + "»", c -> Finder.hasId(c, id));
	}

	/** Any control whose tooltip is this text. */
	public <T extends Control> T byTooltip(Class<T> type, String tooltip) {
		return one(type, "un control con ayuda «" + tooltip + "»", c -> tooltip.equals(c.getToolTipText()));
	}

	/** Whether a control of this type with this data id is visible now (no waiting). */
	public boolean hasId(String id) {
		return kit.call(() -> !Finder.find(shell, Control.class, c -> Finder.hasId(c, id)).isEmpty());
	}

	/**
	 * Clicks a menu item of the shell's menu bar by the visible texts of its path, e.g. {@code menu("Ayuda",
	 * "Acerca de")}. Each menu is shown first so that lazily filled menus create their items.
	 */
	public void menu(String... path) {
		MenuItem item = kit.call(() -> MenuPaths.find(shell.getMenuBar(), path));
		kit.waitUntil("que el menú «" + String.join(" > ", path) + "» esté habilitado", item::isEnabled);
		kit.post(() -> {
			Event event = new Event();
			event.widget = item;
			item.notifyListeners(SWT.Selection, event);
		});
	}

	/** The texts of the items of a menu of the menu bar, for assertions on what a menu offers. */
	public List<String> menuTexts(String... path) {
		return kit.call(() -> {
			Menu menu = MenuPaths.open(shell.getMenuBar(), path);
			List<String> texts = new ArrayList<>();
			for (MenuItem item : menu.getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					texts.add(Finder.clean(item.getText()));
				}
			}
			return texts;
		});
	}

	private <T extends Control> T byIdOrLabel(Class<T> type, String idOrLabel) {
		List<T> result = new ArrayList<>();
		kit.waitUntil("un control «" + idOrLabel + "» en «" + title + "»", () -> {
			List<T> byId = Finder.find(shell, type, c -> Finder.hasId(c, idOrLabel));
			if (!byId.isEmpty()) {
				result.add(byId.get(0));
				return true;
			}
			Control field = Finder.fieldAfterLabel(shell, idOrLabel);
			if (type.isInstance(field)) {
				result.add(type.cast(field));
				return true;
			}
			return false;
		});
		return result.get(0);
	}

	private <T extends Control> T one(Class<T> type, String description, Predicate<? super T> predicate) {
		List<T> result = new ArrayList<>();
		kit.waitUntil(description + " en «" + title + "»", () -> {
			List<T> found = Finder.find(shell, type, predicate);
			if (!found.isEmpty()) {
				result.add(found.get(0));
			}
			return !found.isEmpty();
		});
		return result.get(0);
	}
}
