// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Assessments;

/**
 * The office by dimension heat map of a national scan: for every office of the workspace, the score of each
 * dimension in the office's scan that is part of the national scan ({@link Diagnostic#getOfficeScans()}). Offices
 * without a scan have empty scores. An immutable snapshot.
 */
public final class HeatMap {

	private final List<Office> offices;
	private final List<Dimension> dimensions;
	private final Map<Office, Diagnostic> scans = new LinkedHashMap<>();
	private final Map<Office, DiagnosticFigures> figures = new LinkedHashMap<>();

	private HeatMap(Diagnostic national) {
		Workspace workspace = DiagnosticFigures.workspaceOf(national);
		offices = workspace == null ? List.of() : List.copyOf(workspace.getOffices());
		dimensions = workspace == null ? List.of() : List.copyOf(workspace.getDimensions());
		for (Diagnostic scan : national.getOfficeScans()) {
			if (scan.getOffice() != null) {
				scans.putIfAbsent(scan.getOffice(), scan);
				figures.putIfAbsent(scan.getOffice(), DiagnosticFigures.of(scan, Assessments.DEFAULT_THRESHOLD));
			}
		}
	}

	/** The heat map of a national scan (empty cells when it has no office scans). */
	public static HeatMap of(Diagnostic national) {
		return new HeatMap(national);
	}

	/** Whether any office has a scan. */
	public boolean isEmpty() {
		return scans.isEmpty();
	}

	/** Every office of the workspace, in catalogue order: the rows. */
	public List<Office> offices() {
		return offices;
	}

	/** Every dimension of the workspace, in catalogue order: the columns. */
	public List<Dimension> dimensions() {
		return dimensions;
	}

	/** The scan of an office, or null. */
	public Diagnostic scanOf(Office office) {
		return scans.get(office);
	}

	/** The score of a dimension in an office's scan; {@link Score#NONE} without scan or answers. */
	public Score score(Office office, Dimension dimension) {
		DiagnosticFigures officeFigures = figures.get(office);
		return officeFigures == null ? Score.NONE : officeFigures.score(dimension);
	}

	/** An office's overall score; {@link Score#NONE} without scan. */
	public Score overall(Office office) {
		DiagnosticFigures officeFigures = figures.get(office);
		return officeFigures == null ? Score.NONE : officeFigures.overall();
	}
}
