// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results.ui;

/** Ids of the Resultados view, its commands and widgets (for menus, perspectives and tests). */
public final class ResultsUiIds {

	/** The Resultados view. */
	public static final String VIEW_RESULTS = "hn.siempleo.results.ui.results"; //$NON-NLS-1$
	/** Export measurements to Excel. */
	public static final String COMMAND_EXPORT = "hn.siempleo.results.ui.commands.exportXlsx"; //$NON-NLS-1$
	/** Import measurements from Excel. */
	public static final String COMMAND_IMPORT = "hn.siempleo.results.ui.commands.importXlsx"; //$NON-NLS-1$
	/** The file parameter of both commands (the file dialog is skipped when given). */
	public static final String FILE_PARAMETER = "hn.siempleo.results.ui.commands.file"; //$NON-NLS-1$

	/** Widget ids. */
	public static final String INDICATORS = "results.indicators"; //$NON-NLS-1$
	/** The entry grid: offices × periods of the selected indicator. */
	public static final String OFFICES = "results.offices"; //$NON-NLS-1$
	/** The linked actions. */
	public static final String ACTIONS = "results.actions"; //$NON-NLS-1$
	/** Filters. */
	public static final String YEAR = "results.year"; //$NON-NLS-1$
	/** Filter by service. */
	public static final String SERVICE = "results.service"; //$NON-NLS-1$
	/** Filter by axis. */
	public static final String AXIS = "results.axis"; //$NON-NLS-1$
	/** Filter by office. */
	public static final String OFFICE = "results.office"; //$NON-NLS-1$
	/** Whether indicators of actions without results are listed. */
	public static final String ALL = "results.all"; //$NON-NLS-1$
	/** The message line under the entry grid (validation). */
	public static final String STATUS = "results.status"; //$NON-NLS-1$
	/** The trend chart. */
	public static final String TREND = "results.trend"; //$NON-NLS-1$

	private ResultsUiIds() {
	}
}
