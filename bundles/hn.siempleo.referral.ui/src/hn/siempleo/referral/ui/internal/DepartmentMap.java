// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import hn.siempleo.model.Department;
import hn.siempleo.model.text.Labels;
import hn.siempleo.referral.Coverage;

/**
 * A schematic of Honduras' 18 departments (tiles placed roughly where they lie, no map tiles): each shows its
 * offices, green when one is integrated, blue when all are traditional, grey without office; a red border
 * marks a department with a coverage gap.
 */
final class DepartmentMap extends Canvas {

	static final int TILE_WIDTH = 150;
	static final int TILE_HEIGHT = 46;
	private static final int GAP = 4;
	private static final Map<Department, Point> PLACES = new EnumMap<>(Department.class);

	static {
		place(Department.ISLAS_DE_LA_BAHIA, 3, 0);
		place(Department.COPAN, 1, 1);
		place(Department.CORTES, 2, 1);
		place(Department.ATLANTIDA, 3, 1);
		place(Department.COLON, 4, 1);
		place(Department.GRACIAS_ADIOS, 5, 1);
		place(Department.OCOTEPEQUE, 0, 2);
		place(Department.LEMPIRA, 1, 2);
		place(Department.SANTA_BARBARA, 2, 2);
		place(Department.YORO, 3, 2);
		place(Department.OLANCHO, 4, 2);
		place(Department.INTIBUCA, 1, 3);
		place(Department.COMAYAGUA, 2, 3);
		place(Department.FRANCISCO_MORAZAN, 3, 3);
		place(Department.EL_PARAISO, 4, 3);
		place(Department.LA_PAZ, 2, 4);
		place(Department.VALLE, 3, 4);
		place(Department.CHOLUTECA, 4, 4);
	}

	private Coverage coverage;

	DepartmentMap(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
	}

	private static void place(Department department, int column, int row) {
		PLACES.put(department, new Point(column, row));
	}

	void show(Coverage newCoverage) {
		coverage = newCoverage;
		redraw();
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(6 * (TILE_WIDTH + GAP), 5 * (TILE_HEIGHT + GAP));
	}

	private void paint(GC gc) {
		if (coverage == null) {
			return;
		}
		Color integrated = new Color(new RGB(200, 235, 200));
		Color traditional = new Color(new RGB(205, 222, 245));
		Color empty = new Color(new RGB(235, 235, 235));
		for (Map.Entry<Department, Point> place : PLACES.entrySet()) {
			List<Coverage.OfficeCoverage> offices = coverage.offices().stream()
					.filter(o -> o.office().getDepartment() == place.getKey()).toList();
			long integratedCount = offices.stream().filter(Coverage.OfficeCoverage::integrated).count();
			boolean gap = offices.stream().anyMatch(o -> !coverage.gaps(o.office()).isEmpty());
			int x = place.getValue().x * (TILE_WIDTH + GAP);
			int y = place.getValue().y * (TILE_HEIGHT + GAP);
			gc.setBackground(offices.isEmpty() ? empty : integratedCount > 0 ? integrated : traditional);
			gc.fillRoundRectangle(x, y, TILE_WIDTH, TILE_HEIGHT, 8, 8);
			gc.setForeground(getDisplay().getSystemColor(gap ? SWT.COLOR_RED : SWT.COLOR_GRAY));
			gc.setLineWidth(gap ? 2 : 1);
			gc.drawRoundRectangle(x, y, TILE_WIDTH - 1, TILE_HEIGHT - 1, 8, 8);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(Labels.literal(place.getKey()), x + 5, y + 4, true);
			if (!offices.isEmpty()) {
				gc.drawText(NLS.bind(Messages.Coverage_mapOffices, offices.size(), integratedCount), x + 5, y + 24, true);
			}
		}
	}
}
