// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	public static String CellWriter_label;
	public static String CellWriter_description;
	public static String ColumnConverters_readOnly;
	public static String ColumnConverters_notWhole;
	public static String ColumnConverters_notNumber;
	public static String ColumnConverters_notDate;
	public static String ColumnConverters_notAChoice;
	public static String ColumnValidator_code;
	public static String ColumnValidator_priority;
	public static String ColumnValidator_progress;
	public static String ColumnValidator_cost;
	public static String GroupBy_none;
	public static String LoggingLayerPainter_failed;
	public static String GroupBy_axis;
	public static String GroupBy_priority;
	public static String GroupBy_status;
	public static String GroupBy_office;
	public static String GroupBy_priorityHeading;
	public static String GroupBy_noAxis;
	public static String GroupBy_noOffice;
	public static String RowAccessor_oneAction;
	public static String RowAccessor_actions;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
