// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

/** A row of the tracker grid: an action, or the heading of a group of actions with its subtotals. */
public sealed interface TrackerRow permits ActionRow, GroupRow {

	/** A key that identifies the row across refreshes (for keeping the selection). */
	String rowId();
}
