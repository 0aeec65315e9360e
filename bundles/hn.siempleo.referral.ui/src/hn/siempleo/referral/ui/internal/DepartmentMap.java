// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import hn.siempleo.model.Department;
import hn.siempleo.model.text.Labels;
import hn.siempleo.referral.Coverage;

/**
 * A schematic of Honduras' 18 departments (tiles placed roughly where they lie, no map tiles): each shows its
 * offices, green when one is integrated, blue when all are traditional, grey without office; a red border
 * marks a department with a coverage gap. The tiles take the width they are given: the six columns of the
 * schematic while a tile keeps room for its texts, narrower down to that room; below it they flow north to
 * south, west to east into as many columns as fit, and the map grows downwards (its part scrolls down, never
 * sideways).
 */
final class DepartmentMap extends Canvas {

	/** The widest a tile grows. */
	static final int TILE_WIDTH = 150;
	static final int TILE_HEIGHT = 46;
	private static final int GAP = 4;
	/** Space between a tile's border and its texts. */
	private static final int PADDING = 5;
	private static final int COLUMNS = 6;
	private static final Color INTEGRATED = new Color(200, 235, 200);
	private static final Color TRADITIONAL = new Color(205, 222, 245);
	private static final Color EMPTY = new Color(235, 235, 235);
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

	/** The departments north to south, then west to east: the order of the tiles when they flow. */
	private static final List<Department> READING_ORDER = PLACES.keySet().stream()
			.sorted(Comparator.comparingInt((Department d) -> PLACES.get(d).y).thenComparingInt(d -> PLACES.get(d).x))
			.toList();

	private Coverage coverage;
	/** The narrowest tile whose texts are whole, and a tile's height, in the current font; measured once. */
	private Point readableTile;

	DepartmentMap(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(e -> paint(e.gc));
	}

	@Override
	public void setFont(Font font) {
		super.setFont(font);
		readableTile = null;
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
		int width = wHint == SWT.DEFAULT ? COLUMNS * (TILE_WIDTH + GAP) - GAP : wHint;
		int height = tilesAt(width).values().stream().mapToInt(tile -> tile.y + tile.height).max().orElse(0);
		return new Point(width, hHint == SWT.DEFAULT ? height : hHint);
	}

	/** The narrowest the map lays out without cutting a tile: one column of readable tiles. */
	int minimumWidth() {
		return readableTile().x;
	}

	/** The tiles as they are painted at the map's current width, in the map's coordinates. */
	Map<Department, Rectangle> tiles() {
		return tilesAt(getClientArea().width);
	}

	/**
	 * The tiles at a width: the schematic's columns when they are readable at that width, else as many
	 * columns as fit (at least one), each tile as wide as its share of the width up to {@link #TILE_WIDTH}.
	 */
	private Map<Department, Rectangle> tilesAt(int width) {
		Point readable = readableTile();
		int widest = Math.max(TILE_WIDTH, readable.x);
		Map<Department, Rectangle> tiles = new EnumMap<>(Department.class);
		if (COLUMNS * (readable.x + GAP) - GAP <= width) {
			int tileWidth = Math.min(widest, (width + GAP) / COLUMNS - GAP);
			PLACES.forEach((department, place) -> tiles.put(department, new Rectangle(place.x * (tileWidth + GAP),
					place.y * (readable.y + GAP), tileWidth, readable.y)));
			return tiles;
		}
		int columns = Math.max(1, (width + GAP) / (readable.x + GAP));
		int tileWidth = Math.max(readable.x, Math.min(widest, (width + GAP) / columns - GAP));
		for (int i = 0; i < READING_ORDER.size(); i++) {
			tiles.put(READING_ORDER.get(i), new Rectangle(i % columns * (tileWidth + GAP),
					i / columns * (readable.y + GAP), tileWidth, readable.y));
		}
		return tiles;
	}

	/** The narrowest tile that shows its department's name and its offices whole, and the tiles' height. */
	private Point readableTile() {
		if (readableTile == null) {
			GC gc = new GC(this);
			try {
				int text = gc.textExtent(NLS.bind(Messages.Coverage_mapOffices, 99, 99)).x;
				for (Department department : PLACES.keySet()) {
					text = Math.max(text, gc.textExtent(Labels.literal(department)).x);
				}
				int line = gc.getFontMetrics().getHeight();
				readableTile = new Point(text + 2 * PADDING + 2, Math.max(TILE_HEIGHT, secondLine(line) + line + PADDING));
			} finally {
				gc.dispose();
			}
		}
		return readableTile;
	}

	/** Where a tile's second line (its offices) starts, below the department's name. */
	private static int secondLine(int lineHeight) {
		return PADDING - 1 + Math.max(20, lineHeight + 2);
	}

	private void paint(GC gc) {
		if (coverage == null) {
			return;
		}
		int second = secondLine(gc.getFontMetrics().getHeight());
		for (Map.Entry<Department, Rectangle> tile : tiles().entrySet()) {
			List<Coverage.OfficeCoverage> offices = coverage.offices().stream()
					.filter(o -> o.office().getDepartment() == tile.getKey()).toList();
			long integratedCount = offices.stream().filter(Coverage.OfficeCoverage::integrated).count();
			boolean gap = offices.stream().anyMatch(o -> !coverage.gaps(o.office()).isEmpty());
			Rectangle r = tile.getValue();
			gc.setBackground(offices.isEmpty() ? EMPTY : integratedCount > 0 ? INTEGRATED : TRADITIONAL);
			gc.fillRoundRectangle(r.x, r.y, r.width, r.height, 8, 8);
			gc.setForeground(getDisplay().getSystemColor(gap ? SWT.COLOR_RED : SWT.COLOR_GRAY));
			gc.setLineWidth(gap ? 2 : 1);
			gc.drawRoundRectangle(r.x, r.y, r.width - 1, r.height - 1, 8, 8);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_BLACK));
			gc.drawText(Labels.literal(tile.getKey()), r.x + PADDING, r.y + PADDING - 1, true);
			if (!offices.isEmpty()) {
				gc.drawText(NLS.bind(Messages.Coverage_mapOffices, offices.size(), integratedCount), r.x + PADDING,
						r.y + second, true);
			}
		}
	}
}
