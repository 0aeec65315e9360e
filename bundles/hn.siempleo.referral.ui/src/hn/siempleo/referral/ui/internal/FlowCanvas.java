// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import hn.siempleo.model.Institution;
import hn.siempleo.referral.Names;
import hn.siempleo.referral.ReferralMatrix;

/**
 * A Sankey-like diagram of a referral matrix drawn with SWT's GC: referring institutions as bars on the
 * left, receiving ones on the right, one band per flow whose width is proportional to its count.
 */
final class FlowCanvas extends Canvas {

	private static final RGB[] PALETTE = { new RGB(0, 94, 184), new RGB(0, 150, 136), new RGB(230, 126, 34),
			new RGB(142, 68, 173), new RGB(192, 57, 43), new RGB(39, 174, 96) };
	private static final int NODE_WIDTH = 14;
	private static final int GAP = 12;

	private ReferralMatrix matrix;

	FlowCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
	}

	void show(ReferralMatrix newMatrix) {
		matrix = newMatrix;
		redraw();
	}

	/** The matrix drawn, for tests. */
	ReferralMatrix matrix() {
		return matrix;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 600 : wHint, hHint == SWT.DEFAULT ? 240 : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (matrix == null || matrix.total() == 0) {
			gc.drawText(Messages.Referrals_noFlows, 8, 8, true);
			return;
		}
		gc.setAntialias(SWT.ON);
		int labelWidth = 8;
		for (Institution node : matrix.rows()) {
			labelWidth = Math.max(labelWidth, gc.textExtent(Names.acronym(node) + " " + matrix.rowTotal(node)).x + 8);
		}
		for (Institution node : matrix.columns()) {
			labelWidth = Math.max(labelWidth, gc.textExtent(Names.acronym(node) + " " + matrix.columnTotal(node)).x + 8);
		}
		int left = labelWidth;
		int right = area.width - labelWidth - NODE_WIDTH;
		int height = area.height - 2 * GAP;
		List<Institution> sources = matrix.rows();
		List<Institution> targets = matrix.columns();
		double scale = (height - GAP * (Math.max(sources.size(), targets.size()) - 1)) / (double) matrix.total();
		Map<Institution, Integer> sourceY = layout(sources, true, scale);
		Map<Institution, Integer> targetY = layout(targets, false, scale);
		Map<Institution, Integer> sourceOffset = new HashMap<>();
		Map<Institution, Integer> targetOffset = new HashMap<>();
		int colour = 0;
		for (ReferralMatrix.Flow flow : matrix.flows()) {
			int thickness = Math.max(1, (int) Math.round(flow.count() * scale));
			int y0 = sourceY.get(flow.from()) + sourceOffset.merge(flow.from(), thickness, Integer::sum) - thickness;
			int y1 = targetY.get(flow.to()) + targetOffset.merge(flow.to(), thickness, Integer::sum) - thickness;
			Color band = new Color(PALETTE[colour++ % PALETTE.length]);
			gc.setBackground(band);
			gc.setAlpha(150);
			Path path = new Path(getDisplay());
			int x0 = left + NODE_WIDTH;
			int mid = (x0 + right) / 2;
			path.moveTo(x0, y0);
			path.cubicTo(mid, y0, mid, y1, right, y1);
			path.lineTo(right, y1 + thickness);
			path.cubicTo(mid, y1 + thickness, mid, y0 + thickness, x0, y0 + thickness);
			path.close();
			gc.fillPath(path);
			path.dispose();
			gc.setAlpha(255);
		}
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		for (Institution source : sources) {
			int h = Math.max(1, (int) Math.round(matrix.rowTotal(source) * scale));
			gc.fillRectangle(left, sourceY.get(source), NODE_WIDTH, h);
			String label = Names.acronym(source) + " " + matrix.rowTotal(source);
			gc.drawText(label, left - gc.textExtent(label).x - 4, sourceY.get(source) + h / 2 - 8, true);
		}
		for (Institution target : targets) {
			int h = Math.max(1, (int) Math.round(matrix.columnTotal(target) * scale));
			gc.fillRectangle(right, targetY.get(target), NODE_WIDTH, h);
			gc.drawText(Names.acronym(target) + " " + matrix.columnTotal(target), right + NODE_WIDTH + 4,
					targetY.get(target) + h / 2 - 8, true);
		}
	}

	private Map<Institution, Integer> layout(List<Institution> nodes, boolean sources, double scale) {
		Map<Institution, Integer> y = new HashMap<>();
		int next = GAP;
		for (Institution node : nodes) {
			y.put(node, next);
			int total = sources ? matrix.rowTotal(node) : matrix.columnTotal(node);
			next += Math.max(1, (int) Math.round(total * scale)) + GAP;
		}
		return y;
	}
}
