// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
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

	/**
	 * The text of a cell found by content, not by position: the first row whose first column has
	 * {@code firstColumnText}, the column whose header is {@code header}.
	 */
	public String cell(String firstColumnText, String header) {
		return kit.call(() -> row(firstColumnText).getText(columnIndex(header)));
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

	private int columnIndex(String header) {
		List<String> headers = new ArrayList<>();
		for (TableColumn column : table.getColumns()) {
			headers.add(column.getText());
		}
		int index = headers.indexOf(header);
		if (index < 0) {
			throw new AssertionError("La tabla no tiene la columna «" + header + "»; tiene " + headers);
		}
		return index;
	}

	private void notify(int type, TableItem item) {
		Event event = new Event();
		event.widget = table;
		event.item = item;
		table.notifyListeners(type, event);
	}
}
