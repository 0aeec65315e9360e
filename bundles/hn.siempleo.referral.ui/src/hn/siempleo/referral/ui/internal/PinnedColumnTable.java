// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/**
 * A table too wide for its part whose first column stays in view while the others scroll sideways within the
 * table's own area: two tables side by side, the pinned one as wide as its texts, both as tall as all their
 * rows (the part scrolls down, the tables never do), so their rows line up; they share one selection, and a
 * double-click or Enter on a row of either opens that row.
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
	}

	/** The table of the first column. */
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
