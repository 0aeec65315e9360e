// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;

import hn.siempleo.model.Workspace;
import hn.siempleo.ui.dashboard.DashboardFigure;

/** The sections contributed to {@code hn.siempleo.ui.dashboard.figures}; a failing one is logged and left out. */
final class ContributedFigures {

	static final String EXTENSION_POINT = "hn.siempleo.ui.dashboard.figures"; //$NON-NLS-1$

	/** A contributed section with its rows. */
	record Section(String id, String title, List<DashboardFigure.Row> rows) {
	}

	private ContributedFigures() {
	}

	static List<Section> of(Workspace workspace, LocalDate today) {
		List<Section> sections = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			try {
				DashboardFigure figure = (DashboardFigure) element.createExecutableExtension("class"); //$NON-NLS-1$
				List<DashboardFigure.Row> rows = figure.rows(workspace, today);
				if (!rows.isEmpty()) {
					String title = element.getAttribute("title"); //$NON-NLS-1$
					sections.add(new Section(id, title == null ? id : title, rows));
				}
			} catch (CoreException | RuntimeException e) {
				ILog.of(ContributedFigures.class).log(Status.error(String.valueOf(id), e));
			}
		}
		return sections;
	}
}
