// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui;

import java.util.List;

/** Identifiers of the workbench elements other bundles contribute to or open. */
public final class WorkbenchIds {

	/** The Planificación perspective, shown on first start. */
	public static final String PERSPECTIVE_PLANNING = "hn.siempleo.ui.perspective.planning";

	/** The Diagnóstico perspective. */
	public static final String PERSPECTIVE_DIAGNOSTIC = "hn.siempleo.ui.perspective.diagnostic";

	/** The Red y convenios perspective. */
	public static final String PERSPECTIVE_NETWORK = "hn.siempleo.ui.perspective.network";

	/** The Informes perspective. */
	public static final String PERSPECTIVE_REPORTS = "hn.siempleo.ui.perspective.reports";

	/** All perspectives, in menu order. */
	public static final List<String> PERSPECTIVES = List.of(PERSPECTIVE_PLANNING, PERSPECTIVE_DIAGNOSTIC,
			PERSPECTIVE_NETWORK, PERSPECTIVE_REPORTS);

	/** The Inicio part (the dashboard of the open plan). */
	public static final String VIEW_INICIO = "hn.siempleo.ui.dashboard.inicio";

	/** Explorador del modelo. */
	public static final String VIEW_EXPLORER = "hn.siempleo.ui.views.explorer";

	/** Propiedades: the form of the selected element. */
	public static final String VIEW_PROPERTIES = "hn.siempleo.ui.details.view";

	/** Problemas: live validation results. */
	public static final String VIEW_PROBLEMS = "hn.siempleo.ui.problems.view";

	/** The central folder of every perspective, where Inicio and the big lists and editors stack. */
	public static final String FOLDER_CENTER = "hn.siempleo.ui.folder.center";

	/** The filtered list of actions the dashboard's figures open; it stacks with Inicio. */
	public static final String VIEW_ACTIONS_LIST = "hn.siempleo.ui.dashboard.actions";

	/** The category every Sí Empleo view belongs to. */
	public static final String VIEW_CATEGORY = "hn.siempleo.ui.views";

	/** The command that opens a model; optional parameter {@link #OPEN_FILE_PARAMETER}. */
	public static final String COMMAND_OPEN = "hn.siempleo.ui.commands.open";

	/** The path parameter of {@link #COMMAND_OPEN}. */
	public static final String OPEN_FILE_PARAMETER = "hn.siempleo.ui.commands.open.file";

	private WorkbenchIds() {
	}
}
