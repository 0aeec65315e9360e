// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import java.math.BigDecimal;

/**
 * The heading of a group of actions: what they share and their subtotals.
 *
 * @param key the group's key, unique among the groups of one grouping (an axis or office code, a priority,
 *            a status literal; "" for actions without one)
 * @param code the short text shown in the code column, e.g. "EJE1" or "Prioridad 2"
 * @param label the longer text shown in the title column, e.g. the axis name
 * @param count how many actions the group holds
 * @param cost the sum of their estimated costs
 * @param collapsed whether the group's actions are hidden
 */
public record GroupRow(String key, String code, String label, int count, BigDecimal cost, boolean collapsed)
		implements TrackerRow {

	@Override
	public String rowId() {
		return "group:" + key;
	}
}
