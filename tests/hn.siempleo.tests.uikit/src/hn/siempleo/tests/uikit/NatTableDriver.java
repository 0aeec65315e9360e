// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.uikit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.data.convert.IDisplayConverter;
import org.eclipse.nebula.widgets.nattable.edit.command.EditCellCommand;
import org.eclipse.nebula.widgets.nattable.edit.editor.ICellEditor;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.hideshow.command.ColumnHideCommand;
import org.eclipse.nebula.widgets.nattable.hideshow.command.ShowAllColumnsCommand;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.ILayer;
import org.eclipse.nebula.widgets.nattable.layer.IUniqueIndexLayer;
import org.eclipse.nebula.widgets.nattable.layer.LayerUtil;
import org.eclipse.nebula.widgets.nattable.layer.cell.ILayerCell;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer.MoveDirectionEnum;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.sort.SortDirectionEnum;
import org.eclipse.nebula.widgets.nattable.sort.command.SortColumnCommand;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;

/**
 * Drives a NatTable built on a {@link GridLayer} whose body is a {@link ViewportLayer}, through its layer
 * stack as a user's clicks and keys would: columns are found by their header text (never by index), rows
 * are positions among all rows after filtering and sorting (not only those in view). Reads values and
 * displayed texts, selects cells, types into the filter row and edits cells with the configured editors.
 * Every call runs on the UI thread.
 */
public final class NatTableDriver {

	private final UiKit kit;
	private final NatTable table;

	NatTableDriver(UiKit kit, NatTable table) {
		this.kit = kit;
		this.table = table;
	}

	/** The widget; touch it only on the UI thread. */
	public NatTable widget() {
		return table;
	}

	/** The headers of the shown columns, left to right. */
	public List<String> columnHeaders() {
		return kit.call(() -> {
			List<String> headers = new ArrayList<>();
			IUniqueIndexLayer rows = rowsLayer();
			for (int position = 0; position < rows.getColumnCount(); position++) {
				headers.add(header(rows.getColumnIndexByPosition(position)));
			}
			return headers;
		});
	}

	/** How many rows there are, in view or not. */
	public int rowCount() {
		return kit.call(() -> rowsLayer().getRowCount());
	}

	/** The value of a cell as the data provider gives it. */
	public Object value(int row, String header) {
		return kit.call(() -> rowsLayer().getDataValueByPosition(column(header), row));
	}

	/** The text a cell shows, through the cell's display converter. */
	public String text(int row, String header) {
		return kit.call(() -> {
			ILayerCell cell = rowsLayer().getCellByPosition(column(header), row);
			IDisplayConverter converter = table.getConfigRegistry().getConfigAttribute(
					CellConfigAttributes.DISPLAY_CONVERTER, DisplayMode.NORMAL, cell.getConfigLabels());
			Object shown = converter == null ? cell.getDataValue()
					: converter.canonicalToDisplayValue(cell, table.getConfigRegistry(), cell.getDataValue());
			return shown == null ? "" : shown.toString();
		});
	}

	/** The configuration labels of a cell (what its style, editor and converter are chosen by). */
	public List<String> labels(int row, String header) {
		return kit.call(() -> List.copyOf(rowsLayer().getCellByPosition(column(header), row).getConfigLabels()
				.getLabels()));
	}

	/** The texts of a column, top to bottom. */
	public List<String> columnTexts(String header) {
		int count = rowCount();
		List<String> texts = new ArrayList<>();
		for (int row = 0; row < count; row++) {
			texts.add(text(row, header));
		}
		return texts;
	}

	/** The first row whose cell under {@code header} shows {@code text}. */
	public int rowWhere(String header, String text) {
		List<String> texts = columnTexts(header);
		int row = texts.indexOf(text);
		if (row < 0) {
			throw new AssertionError("Ninguna fila muestra «" + text + "» en «" + header + "»; hay " + texts);
		}
		return row;
	}

	/** Selects one cell as a click would, scrolling it into view. */
	public void selectCell(int row, String header) {
		kit.run(() -> table.doCommand(new SelectCellCommand(rowsLayer(), column(header), row, false, false)));
	}

	/** Adds one cell to the selection, as a Ctrl+click would. */
	public void addCellToSelection(int row, String header) {
		kit.run(() -> table.doCommand(new SelectCellCommand(rowsLayer(), column(header), row, false, true)));
	}

	/**
	 * Clicks a body cell with the left button (mouse down and up at its centre), so that the grid's own mouse
	 * bindings run; they may run a little later, when the grid waits to tell a click from a double click.
	 */
	public void clickCell(int row, String header) {
		selectCell(row, header);
		Point centre = kit.call(() -> {
			Rectangle bounds = bodyCell(row, header).getBounds();
			return new Point(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		});
		kit.post(() -> {
			for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
				Event event = new Event();
				event.widget = table;
				event.button = 1;
				event.count = 1;
				event.x = centre.x;
				event.y = centre.y;
				table.notifyListeners(type, event);
			}
		});
	}

	/** Presses a key on the grid (not in a cell editor), e.g. {@code SWT.DEL}, so that the grid's key bindings run. */
	public void press(int keyCode) {
		kit.post(() -> {
			table.setFocus();
			Event event = new Event();
			event.widget = table;
			event.keyCode = keyCode;
			event.character = keyCode == SWT.DEL ? SWT.DEL : 0;
			table.notifyListeners(SWT.KeyDown, event);
		});
	}

	/** The texts of the items of the grid's context menu, opened on the selection. */
	public List<String> contextMenuTexts() {
		return ContextMenus.texts(kit, table);
	}

	/** Whether an item of the grid's context menu is enabled now. */
	public boolean contextMenuEnabled(String... path) {
		return ContextMenus.enabled(kit, table, path);
	}

	/** Chooses an item of the grid's context menu by the visible texts of its path. */
	public void contextMenu(String... path) {
		ContextMenus.choose(kit, table, path);
	}

	/** Sorts by one column only, in a given direction (ASC, DESC or NONE). */
	public void sortBy(String header, SortDirectionEnum direction) {
		kit.run(() -> table.doCommand(new SortColumnCommand(table, tableColumn(column(header)), direction)));
	}

	/** Hides a column, as its header's menu would. */
	public void hideColumn(String header) {
		kit.run(() -> table.doCommand(new ColumnHideCommand(table, tableColumn(column(header)))));
	}

	/** Shows every hidden column again. */
	public void showAllColumns() {
		kit.run(() -> table.doCommand(new ShowAllColumnsCommand()));
	}

	/** Sorts by a column as a click on its header does (ascending, then descending, then unsorted). */
	public void clickHeader(String header) {
		kit.run(() -> table.doCommand(new SortColumnCommand(table, tableColumn(column(header)), false)));
	}

	/**
	 * Opens the editor of the filter row's cell under a column, as a click on it does, and returns it (UI thread
	 * only): {@link #typeInFilterRow} is this, then the text typed and committed.
	 */
	public ICellEditor openFilterRowEditor(String header) {
		return openEditor(filterRowCell(header));
	}

	/** Types into the filter row under a column and commits, as Enter would. */
	public void typeInFilterRow(String header, String text) {
		kit.run(() -> editWith(filterRowCell(header), text));
	}

	/** The filter row's cell under a column. */
	private ILayerCell filterRowCell(String header) {
		int column = tableColumn(column(header));
		for (int row = 0; row < table.getRowCount(); row++) {
			ILayerCell cell = table.getCellByPosition(column, row);
			if (cell != null && cell.getConfigLabels().hasLabel(GridRegion.FILTER_ROW)) {
				return cell;
			}
		}
		throw new AssertionError("La tabla no tiene fila de filtros");
	}

	/**
	 * Edits a cell with its editor: selects it, opens the editor, puts the text in and commits.
	 *
	 * @return whether the value was accepted (false when the editor refused it; the editor is then closed)
	 */
	public boolean editCell(int row, String header, String text) {
		selectCell(row, header);
		return kit.call(() -> editWith(bodyCell(row, header), text));
	}

	/** The NatTable cell of a body cell, scrolled into view. */
	private ILayerCell bodyCell(int row, String header) {
		int column = tableColumn(column(header));
		for (int position = 0; position < table.getRowCount(); position++) {
			ILayerCell cell = table.getCellByPosition(column, position);
			if (cell != null && cell.getConfigLabels().hasLabel(GridRegion.BODY)
					&& LayerUtil.convertRowPosition(table, position, rowsLayer()) == row) {
				return cell;
			}
		}
		throw new AssertionError("La fila " + row + " no está a la vista");
	}

	private boolean editWith(ILayerCell cell, String text) {
		ICellEditor editor = openEditor(cell);
		editor.setEditorValue(text);
		boolean accepted = editor.commit(MoveDirectionEnum.NONE);
		if (!accepted) {
			editor.close();
		}
		return accepted;
	}

	/** Opens a cell's editor, as a click on it does. */
	private ICellEditor openEditor(ILayerCell cell) {
		table.doCommand(new EditCellCommand(table, table.getConfigRegistry(), cell));
		ICellEditor editor = table.getActiveCellEditor();
		if (editor == null || editor.isClosed()) {
			throw new AssertionError("La celda no se puede editar");
		}
		return editor;
	}

	/** All rows and shown columns, under the viewport. */
	private IUniqueIndexLayer rowsLayer() {
		return viewport().getScrollableLayer();
	}

	private ViewportLayer viewport() {
		ILayer body = ((GridLayer) table.getLayer()).getBodyLayer();
		if (body instanceof ViewportLayer viewport) {
			return viewport;
		}
		throw new AssertionError("El cuerpo de la tabla no es un ViewportLayer: " + body);
	}

	/** The position among the shown columns of the column with this header. */
	private int column(String header) {
		IUniqueIndexLayer rows = rowsLayer();
		List<String> seen = new ArrayList<>();
		for (int position = 0; position < rows.getColumnCount(); position++) {
			String text = header(rows.getColumnIndexByPosition(position));
			if (text.equals(header)) {
				return position;
			}
			seen.add(text);
		}
		throw new AssertionError("No hay columna «" + header + "»; hay " + seen);
	}

	/** The NatTable position of a column, scrolled into view. */
	private int tableColumn(int rowsColumn) {
		viewport().moveColumnPositionIntoViewport(rowsColumn);
		int index = rowsLayer().getColumnIndexByPosition(rowsColumn);
		for (int position = 0; position < table.getColumnCount(); position++) {
			ILayerCell cell = table.getCellByPosition(position, 0);
			if (cell != null && cell.getConfigLabels().hasLabel(GridRegion.COLUMN_HEADER)
					&& cell.getColumnIndex() == index) {
				return position;
			}
		}
		throw new AssertionError("La columna " + index + " no está a la vista");
	}

	/** The header text of a column index, read from the header's data layer. */
	private String header(int columnIndex) {
		ILayer layer = ((GridLayer) table.getLayer()).getColumnHeaderLayer();
		while (!(layer instanceof DataLayer) && layer != null) {
			layer = layer.getUnderlyingLayerByPosition(0, 0);
		}
		if (layer == null) {
			throw new AssertionError("No se encontró la capa de datos de los encabezados");
		}
		Object text = ((DataLayer) layer).getDataValueByPosition(columnIndex, 0);
		return text == null ? "" : text.toString();
	}
}
