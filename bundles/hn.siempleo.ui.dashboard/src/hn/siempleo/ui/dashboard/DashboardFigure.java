// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard;

import java.time.LocalDate;
import java.util.List;

import hn.siempleo.model.Workspace;

/**
 * A section of <em>Inicio</em> contributed by a plug-in through {@code hn.siempleo.ui.dashboard.figures}: a
 * title (from the extension) and rows of label and value, recomputed whenever the model changes. Reads the
 * model only, on the UI thread: keep it quick.
 */
public interface DashboardFigure {

	/**
	 * One row of the section.
	 *
	 * @param key the row's id suffix (the value label is tagged {@code inicio.<figure id>.<key>} for tests)
	 * @param label the Spanish label
	 * @param value the figure, formatted
	 */
	record Row(String key, String label, String value) {
	}

	/** The rows for {@code workspace} as of {@code today}; an empty list hides the section. */
	List<Row> rows(Workspace workspace, LocalDate today);
}
