// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table too wide for its part whose first columns stay in view while the others scroll sideways within the
 * table's own area: two tables side by side, the pinned one as wide as its texts, both as tall as all their
 * rows (the part scrolls down, the tables never do), so their rows line up; they share one selection, ← and →
 * in either scroll the other columns by one, and a double-click or Enter on a row of either opens that row.
 */
final class PinnedColumnTable {

	/** The narrowest the scrolling table gets beside the pinned one. */
	private static final int MINIMUM_SCROLLING_WIDTH = 120;

	private final Composite control;
	private final Table pinned;
	private final Table scrolling;

	/** Two empty tables tagged with these ids, in a composite of {@code parent}'s one-column grid. */
	PinnedColumnTable(Composite parent, String pinnedId, String scrollingId) {
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(0, 0).applyTo(control);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(control);
		pinned = NetworkPart.table(control, pinnedId, 1, SWT.SINGLE);
		scrolling = NetworkPart.table(control, scrollingId, 1, SWT.SINGLE);
		pinned.addListener(SWT.Selection, e -> scrolling.setSelection(pinned.getSelectionIndex()));
		scrolling.addListener(SWT.Selection, e -> pinned.setSelection(scrolling.getSelectionIndex()));
		addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.ARROW_LEFT || e.keyCode == SWT.ARROW_RIGHT) {
				scrollSideways(e.keyCode == SWT.ARROW_LEFT ? -1 : 1);
				e.doit = false;
			}
		});
	}

	/** Adds a listener to both tables, for events that mean the same on a row of either (keys, for one). */
	void addListener(int eventType, Listener listener) {
		pinned.addListener(eventType, listener);
		scrolling.addListener(eventType, listener);
	}

	/** The row selected in both tables, or -1. */
	int selectionIndex() {
		return scrolling.getSelectionIndex();
	}

	/** Selects a row in both tables (nothing when it is out of range). */
	void select(int row) {
		if (row >= 0 && row < scrolling.getItemCount() && row < pinned.getItemCount()) {
			pinned.setSelection(row);
			scrolling.setSelection(row);
		}
	}

	/** Scrolls a column of the scrolling table wholly into view, as far as it fits. */
	void showColumn(int column) {
		if (column >= 0 && column < scrolling.getColumnCount()) {
			scrolling.showColumn(scrolling.getColumn(column));
		}
	}

	/**
	 * Scrolls the scrolling table by one column: the first one cut or hidden on the right ({@code direction}
	 * positive) or on the left.
	 */
	private void scrollSideways(int direction) {
		ScrollBar bar = scrolling.getHorizontalBar();
		if (bar == null) {
			return;
		}
		int offset = bar.getSelection();
		int visible = scrolling.getClientArea().width;
		int left = 0;
		int target = -1;
		for (int index : scrolling.getColumnOrder()) {
			int right = left + scrolling.getColumn(index).getWidth();
			if (direction < 0 && left < offset) {
				target = index;
			} else if (direction > 0 && right > offset + visible) {
				target = index;
				break;
			}
			left = right;
		}
		if (target >= 0) {
			scrolling.showColumn(scrolling.getColumn(target));
		}
	}

	/** The table of the first columns. */
	Table pinned() {
		return pinned;
	}

	/** The table of the other columns, which scrolls sideways. */
	Table scrolling() {
		return scrolling;
	}

	/** Calls {@code open} with the row double-clicked or entered in either table. */
	void onOpen(IntConsumer open) {
		for (Table table : new Table[] { pinned, scrolling }) {
			table.addListener(SWT.DefaultSelection, e -> {
				int row = table.getSelectionIndex();
				if (row >= 0) {
					open.accept(row);
				}
			});
		}
	}

	/** Sizes both tables after their rows or columns changed: every row in view, the pinned column whole. */
	void fit() {
		int width = 0;
		for (TableColumn column : pinned.getColumns()) {
			width += column.getWidth();
		}
		ScrollBar sideways = scrolling.getHorizontalBar();
		int height = pinned.getHeaderHeight() + Math.max(1, pinned.getItemCount()) * pinned.getItemHeight()
				+ (sideways == null ? 0 : sideways.getSize().y);
		GridDataFactory.fillDefaults().hint(width, height).applyTo(pinned);
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, height)
				.minSize(MINIMUM_SCROLLING_WIDTH, height).applyTo(scrolling);
	}
}
