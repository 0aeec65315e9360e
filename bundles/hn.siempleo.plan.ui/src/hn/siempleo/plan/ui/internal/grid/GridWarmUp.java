// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.grid;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.layer.ILayerListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Listener;

/**
 * Paints the grid into an image nobody sees, a strip at a time while the UI thread is idle after the grid first
 * painted, so that the first paint after a planner's first sort or filter does not run NatTable's paint code
 * (layers, labels, styles, cell painters) for the first times, interpreted, several times slower than once the
 * JIT has compiled it (the same code also serves the sort's and filter's layer events). The strips are the cells
 * shown, painted by the grid's own painter into an image of its own; nothing shown changes. It stops at the first
 * input event anywhere in the display (a key, a button, the wheel, the mouse moving), at any change of the grid's
 * layers (rows, scrolling, selection, columns), when the grid is hidden or disposed, and after a fixed number of
 * strips. UI thread only.
 */
final class GridWarmUp {

	/** System property: {@code false} leaves the grid's paint code to warm up with the planner's first operations. */
	static final String ENABLED_PROPERTY = "siempleo.tracker.warmUp"; //$NON-NLS-1$

	/** Strips per painting of the grid (a strip is one slice of work between two turns of the event loop). */
	static final int STRIPS = 6;
	/** How many times the grid is painted in all. */
	static final int PAINTS = 10;
	/** Milliseconds from the grid's first paint to the first strip, and between strips. */
	static final int DELAY = 20;

	private static final int[] INPUT = { SWT.KeyDown, SWT.KeyUp, SWT.MouseDown, SWT.MouseUp, SWT.MouseDoubleClick,
			SWT.MouseMove, SWT.MouseWheel, SWT.MouseVerticalWheel, SWT.MouseHorizontalWheel, SWT.Gesture, SWT.Touch };

	private final NatTable natTable;
	private final Display display;
	private final Listener onInput = event -> stop();
	private final ILayerListener onLayerEvent = event -> stop();
	private final Runnable step = this::step;
	private Image image;
	private int strips;
	private boolean running;
	private boolean started;

	GridWarmUp(NatTable natTable) {
		this.natTable = natTable;
		this.display = natTable.getDisplay();
	}

	/** Starts once, after the grid has painted; does nothing when already started. */
	void start() {
		if (started || natTable.isDisposed()) {
			return;
		}
		started = true;
		running = true;
		for (int type : INPUT) {
			display.addFilter(type, onInput);
		}
		natTable.addLayerListener(onLayerEvent);
		natTable.addDisposeListener(event -> stop());
		display.timerExec(DELAY, step);
	}

	/** Stops for good; what was painted is thrown away. */
	void stop() {
		if (!running) {
			return;
		}
		running = false;
		display.timerExec(-1, step);
		for (int type : INPUT) {
			display.removeFilter(type, onInput);
		}
		if (!natTable.isDisposed()) {
			natTable.removeLayerListener(onLayerEvent);
		}
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	/** Whether it is still painting. */
	boolean running() {
		return running;
	}

	/** How many strips it has painted. */
	int strips() {
		return strips;
	}

	private void step() {
		if (!running) {
			return;
		}
		if (natTable.isDisposed() || !natTable.isVisible()) {
			stop();
			return;
		}
		Rectangle area = natTable.getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			stop();
			return;
		}
		if (image == null || !image.getBounds().equals(new Rectangle(0, 0, area.width, area.height))) {
			if (image != null) {
				image.dispose();
			}
			image = new Image(display, area.width, area.height);
		}
		int strip = strips % STRIPS;
		int top = area.height * strip / STRIPS;
		int bottom = area.height * (strip + 1) / STRIPS;
		GC gc = new GC(image);
		try {
			gc.setFont(natTable.getFont());
			gc.setForeground(natTable.getForeground());
			gc.setBackground(natTable.getBackground());
			Rectangle band = new Rectangle(0, top, area.width, bottom - top);
			gc.setClipping(band);
			natTable.getLayerPainter().paintLayer(natTable, gc, 0, 0, band, natTable.getConfigRegistry());
		} finally {
			gc.dispose();
		}
		strips++;
		if (running && strips < STRIPS * PAINTS) {
			display.timerExec(DELAY, step);
		} else {
			stop();
		}
	}
}
