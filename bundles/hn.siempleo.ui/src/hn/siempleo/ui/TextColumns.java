// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** Text columns of a table viewer whose rows are of one type: the column's text from the row, empty for none. */
public final class TextColumns {

	private TextColumns() {
	}

	/**
	 * Adds a left-aligned column to {@code viewer}.
	 *
	 * @param type the rows' type; other elements show an empty cell
	 * @param text the cell's text of a row; null shows an empty cell
	 */
	public static <T> TableViewerColumn add(TableViewer viewer, Class<T> type, String title, int width,
			Function<? super T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = type.isInstance(element) ? text.apply(type.cast(element)) : null;
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
		return column;
	}
}
