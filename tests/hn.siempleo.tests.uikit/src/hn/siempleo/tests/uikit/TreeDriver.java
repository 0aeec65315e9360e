// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** Expands, selects and reads a tree by the texts of its items. */
public final class TreeDriver {

	private final UiKit kit;
	private final Tree tree;

	TreeDriver(UiKit kit, Tree tree) {
		this.kit = kit;
		this.tree = tree;
	}

	/** Texts of the top-level items. */
	public List<String> rootTexts() {
		return kit.call(() -> texts(tree.getItems()));
	}

	/** Texts of the children of the item at this path, expanding it first. */
	public List<String> childTexts(String... path) {
		return kit.call(() -> {
			TreeItem item = item(path);
			expand(item);
			return texts(item.getItems());
		});
	}

	/** Expands the path and selects its last item, notifying listeners as a user's click would. */
	public void select(String... path) {
		kit.post(() -> {
			TreeItem item = item(path);
			tree.setSelection(item);
			notify(SWT.Selection, item);
		});
	}

	/** Selects and double-clicks the item at this path. */
	public void doubleClick(String... path) {
		kit.post(() -> {
			TreeItem item = item(path);
			tree.setSelection(item);
			notify(SWT.Selection, item);
			notify(SWT.DefaultSelection, item);
		});
	}

	/**
	 * The texts of the items of the tree's context menu, as a right-click (or Shift+F10) on the selection shows it:
	 * the menu is asked for (SWT.MenuDetect) and shown, so that contributions fill it.
	 */
	public List<String> contextMenuTexts() {
		return ContextMenus.texts(kit, tree);
	}

	/** The texts of the items of a submenu of the tree's context menu, e.g. {@code contextSubmenuTexts("Nuevo")}. */
	public List<String> contextSubmenuTexts(String... path) {
		return ContextMenus.submenuTexts(kit, tree, path);
	}

	/** Whether an item of the tree's context menu is enabled now. */
	public boolean contextMenuEnabled(String... path) {
		return ContextMenus.enabled(kit, tree, path);
	}

	/** Chooses an item of the tree's context menu by the visible texts of its path, e.g. "Nuevo", "Oficina". */
	public void contextMenu(String... path) {
		ContextMenus.choose(kit, tree, path);
	}

	/** The texts of the selected items. */
	public List<String> selection() {
		return kit.call(() -> texts(tree.getSelection()));
	}

	private TreeItem item(String... path) {
		TreeItem[] level = tree.getItems();
		TreeItem found = null;
		for (String text : path) {
			found = null;
			for (TreeItem candidate : level) {
				if (candidate.getText().equals(text)) {
					found = candidate;
					break;
				}
			}
			if (found == null) {
				throw new AssertionError("No hay «" + text + "» en el árbol; hay " + texts(level));
			}
			expand(found);
			level = found.getItems();
		}
		return found;
	}

	private void expand(TreeItem item) {
		if (!item.getExpanded()) {
			Event event = new Event();
			event.widget = tree;
			event.item = item;
			tree.notifyListeners(SWT.Expand, event);
			item.setExpanded(true);
		}
	}

	private void notify(int type, TreeItem item) {
		Event event = new Event();
		event.widget = tree;
		event.item = item;
		tree.notifyListeners(type, event);
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}
}
