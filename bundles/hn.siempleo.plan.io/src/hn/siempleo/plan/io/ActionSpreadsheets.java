// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;

/**
 * Actions to and from Excel workbooks (XLSX). An OSGi service; stateless, so calls may run in jobs. Export
 * writes one sheet with the given columns in order; import reads such a sheet into an {@link ImportPreview}
 * that changes nothing until its command is executed.
 */
public interface ActionSpreadsheets {

	/** Rows an imported sheet may have at most, the header excluded. */
	int MAX_ROWS = 200_000;

	/**
	 * Writes the actions, one row each in the given order, under a header row with the columns' headers.
	 * Dates are written as Excel dates, costs, priorities and progress as numbers, everything else as text.
	 *
	 * @param actions the actions, not null
	 * @param columns the columns, in order; at least one
	 * @param today the day the semáforo is computed for
	 * @param out where the workbook goes; not closed
	 * @throws IOException when writing fails
	 */
	void export(List<Action> actions, List<ActionColumn> columns, LocalDate today, OutputStream out)
			throws IOException;

	/**
	 * Reads the actions sheet of a workbook and compares it with a plan: rows whose code is in the plan
	 * update that action, other rows add one. Nothing is changed.
	 *
	 * @param in the workbook; read fully, not closed
	 * @param plan the plan the rows are for, inside a workspace (its axes, dimensions and offices are the
	 *            codes accepted)
	 * @return the preview, with every row and its errors
	 * @throws SpreadsheetException when the file is not a readable XLSX workbook, lacks the actions sheet or
	 *             its code column, or has more than {@link #MAX_ROWS} rows
	 */
	ImportPreview preview(InputStream in, ActionPlan plan) throws SpreadsheetException;
}
