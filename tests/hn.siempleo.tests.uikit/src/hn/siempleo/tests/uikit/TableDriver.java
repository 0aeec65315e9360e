// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** Reads, selects and double-clicks rows of a table. */
public final class TableDriver {

	private final UiKit kit;
	private final Table table;

	TableDriver(UiKit kit, Table table) {
		this.kit = kit;
		this.table = table;
	}

	/** Number of rows. */
	public int rowCount() {
		return kit.call(table::getItemCount);
	}

	/** The text of a cell. */
	public String cell(int row, int column) {
		return kit.call(() -> table.getItem(row).getText(column));
	}

	/** The texts of a column, top to bottom. */
	public List<String> column(int column) {
		return kit.call(() -> {
			List<String> texts = new ArrayList<>();
			for (TableItem item : table.getItems()) {
				texts.add(item.getText(column));
			}
			return texts;
		});
	}

	/** Selects the first row whose first column has this text and notifies listeners. */
	public void select(String firstColumnText) {
		kit.post(() -> {
			TableItem item = row(firstColumnText);
			table.setSelection(item);
			notify(SWT.Selection, item);
		});
	}

	/** Double-clicks (opens) the first row whose first column has this text. */
	public void doubleClick(String firstColumnText) {
		kit.post(() -> {
			TableItem item = row(firstColumnText);
			table.setSelection(item);
			notify(SWT.Selection, item);
			notify(SWT.DefaultSelection, item);
		});
	}

	private TableItem row(String text) {
		List<String> seen = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(text)) {
				return item;
			}
			seen.add(item.getText(0));
		}
		throw new AssertionError("La tabla no tiene la fila «" + text + "»; tiene " + seen);
	}

	private void notify(int type, TableItem item) {
		Event event = new Event();
		event.widget = table;
		event.item = item;
		table.notifyListeners(type, event);
	}
}
