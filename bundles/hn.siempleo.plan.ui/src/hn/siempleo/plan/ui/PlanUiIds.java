// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui;

/** Identifiers of the plan tracker's views and commands, for perspectives, menus and code that opens them. */
public final class PlanUiIds {

	/** Seguimiento del plan: the grid of actions. */
	public static final String VIEW_TRACKER = "hn.siempleo.plan.ui.tracker";

	/** Cronograma: month-by-month bars of the priority 1-2 actions. */
	public static final String VIEW_TIMELINE = "hn.siempleo.plan.ui.timeline";

	/** Exports the tracker's filtered rows and shown columns to an XLSX file; optional {@link #FILE_PARAMETER}. */
	public static final String COMMAND_EXPORT = "hn.siempleo.plan.ui.commands.exportXlsx";

	/** Imports actions from an XLSX file after a preview; optional {@link #FILE_PARAMETER}. */
	public static final String COMMAND_IMPORT = "hn.siempleo.plan.ui.commands.importXlsx";

	/** Opens the progress reports of the action selected in the tracker. */
	public static final String COMMAND_PROGRESS = "hn.siempleo.plan.ui.commands.progress";

	/** The file parameter of the Excel commands: a path; without it a file dialog asks for one. */
	public static final String FILE_PARAMETER = "hn.siempleo.plan.ui.commands.file";

	private PlanUiIds() {
	}
}
