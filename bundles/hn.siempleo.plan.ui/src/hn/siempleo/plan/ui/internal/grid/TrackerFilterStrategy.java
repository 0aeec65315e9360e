// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.nebula.widgets.nattable.filterrow.IFilterStrategy;

import hn.siempleo.plan.io.ActionColumn;

/** Applies the filter row's cells to {@link TrackerRows} (see {@link ColumnFilter} for what they mean). */
final class TrackerFilterStrategy implements IFilterStrategy<TrackerRow> {

	private final TrackerRows rows;
	private final Runnable refresh;

	/** @param refresh tells the grid that the shown rows changed */
	TrackerFilterStrategy(TrackerRows rows, Runnable refresh) {
		this.rows = rows;
		this.refresh = refresh;
	}

	@Override
	public void applyFilter(Map<Integer, Object> filterIndexToObjectMap) {
		Map<ActionColumn, String> texts = new EnumMap<>(ActionColumn.class);
		filterIndexToObjectMap.forEach((index, value) -> {
			if (value != null && index >= 0 && index < ActionColumn.values().length) {
				texts.put(ActionColumn.values()[index], value.toString());
			}
		});
		rows.query().setColumnTexts(texts);
		rows.recompute();
		refresh.run();
	}
}
