package hn.siempleo.ui;

/** Identifiers of the workbench elements other bundles contribute to or open. */
public final class WorkbenchIds {

	/** The Planificación perspective, shown on first start. */
	public static final String PERSPECTIVE_PLANNING = "hn.siempleo.ui.perspective.planning";

	/** The Inicio part (the dashboard of the open plan). */
	public static final String VIEW_INICIO = "hn.siempleo.ui.views.inicio";

	/** The category every Sí Empleo view belongs to. */
	public static final String VIEW_CATEGORY = "hn.siempleo.ui.views";

	private WorkbenchIds() {
	}
}
