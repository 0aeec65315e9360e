// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.ui;

/** Identifiers of the Informes view and of its widgets (for tests and accessibility tools). */
public final class ReportsViewIds {

	/** The view of the report catalogue, in the Informes perspective. */
	public static final String VIEW = "hn.siempleo.reports.ui.view";

	/** The list of designs. */
	public static final String CATALOGUE = "reports.catalogue";

	/** The description of the selected design. */
	public static final String DESCRIPTION = "reports.description";

	/** Prefix of the parameter fields; the parameter name follows, e.g. {@code reports.param.axis}. */
	public static final String PARAMETER_PREFIX = "reports.param.";

	/** The button that renders a preview. */
	public static final String PREVIEW = "reports.preview";

	/** The export format combo. */
	public static final String FORMAT = "reports.format";

	/** The button that exports to a file. */
	public static final String EXPORT = "reports.export";

	/** The button that cancels the running report. */
	public static final String CANCEL = "reports.cancel";

	/** The status line: progress, result or error. */
	public static final String STATUS = "reports.status";

	/** The label showing "Página N de M". */
	public static final String PAGE = "reports.page";

	/** Previous and next page buttons. */
	public static final String PREVIOUS_PAGE = "reports.previousPage";

	/** The next page button. */
	public static final String NEXT_PAGE = "reports.nextPage";

	/** The canvas showing the page. */
	public static final String PAGE_IMAGE = "reports.pageImage";

	private ReportsViewIds() {
	}
}
