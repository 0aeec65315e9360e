// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.timeline;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import hn.siempleo.model.Action;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.ui.LightColours;

/**
 * Draws a {@link TimelineModel}: action codes and titles on the left, month columns with the year above,
 * one bar per action in its semáforo colour (overdue in red), and a line for today; scrolls both ways and
 * paints only the rows in view. A double-click reports the action under the pointer.
 */
final class TimelineCanvas extends Canvas {

	static final int LABEL_WIDTH = 280;
	static final int MONTH_WIDTH = 56;
	static final int ROW_HEIGHT = 22;
	static final int HEADER_HEIGHT = 40;
	private static final Color TODAY = new Color(198, 40, 40);
	private static final Color GRID = new Color(230, 230, 230);

	private TimelineModel model;
	private int originX;
	private int originY;

	TimelineCanvas(Composite parent, Consumer<Action> opened) {
		super(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		addListener(SWT.Paint, this::paint);
		addListener(SWT.Resize, event -> updateScrollBars());
		getHorizontalBar().addListener(SWT.Selection, event -> scrolled());
		getVerticalBar().addListener(SWT.Selection, event -> scrolled());
		addListener(SWT.MouseDoubleClick, event -> {
			Action action = actionAt(event.y);
			if (action != null) {
				opened.accept(action);
			}
		});
		addListener(SWT.MouseHover, event -> {
			Action action = actionAt(event.y);
			setToolTipText(action == null ? null : NLS.bind(Messages.TimelineCanvas_tip, new Object[] {
					action.getCode(), action.getTitle(), ActionLabels.text(action.getStartDate()),
					ActionLabels.text(action.getDueDate()), action.getProgress() }));
		});
	}

	/** The model shown. */
	TimelineModel model() {
		return model;
	}

	/** Shows another model. */
	void show(TimelineModel timeline) {
		model = timeline;
		updateScrollBars();
		redraw();
	}

	/**
	 * Scrolls sideways so that today's line is in view, a third of the way into the months shown (or the nearest
	 * end of the timeline when today lies outside it); rows stay where they are.
	 */
	void revealToday() {
		Rectangle area = getClientArea();
		if (model == null || area.width <= LABEL_WIDTH) {
			return;
		}
		ScrollBar bar = getHorizontalBar();
		int wanted = model.x(model.today(), MONTH_WIDTH) - (area.width - LABEL_WIDTH) / 3;
		bar.setSelection(Math.max(0, Math.min(wanted, bar.getMaximum() - bar.getThumb())));
		scrolled();
	}

	/** The x of today's line in the canvas, for tests. */
	int todayX() {
		return model == null ? -1 : LABEL_WIDTH - originX + model.x(model.today(), MONTH_WIDTH);
	}

	/** The action whose row is at a y coordinate, or null. */
	Action actionAt(int y) {
		if (model == null || y < HEADER_HEIGHT) {
			return null;
		}
		int index = (y - HEADER_HEIGHT + originY) / ROW_HEIGHT;
		List<TimelineModel.Bar> bars = model.bars();
		return index < bars.size() ? bars.get(index).action() : null;
	}

	private void scrolled() {
		originX = getHorizontalBar().getSelection();
		originY = getVerticalBar().getSelection();
		redraw();
	}

	private void updateScrollBars() {
		Rectangle area = getClientArea();
		int width = model == null ? 0 : model.monthCount() * MONTH_WIDTH;
		int height = model == null ? 0 : model.bars().size() * ROW_HEIGHT;
		configure(getHorizontalBar(), width, Math.max(1, area.width - LABEL_WIDTH));
		configure(getVerticalBar(), height, Math.max(1, area.height - HEADER_HEIGHT));
		originX = getHorizontalBar().getSelection();
		originY = getVerticalBar().getSelection();
	}

	private static void configure(ScrollBar bar, int total, int visible) {
		bar.setMaximum(Math.max(total, 1));
		bar.setThumb(Math.min(visible, Math.max(total, 1)));
		bar.setPageIncrement(visible);
		bar.setIncrement(ROW_HEIGHT);
		bar.setSelection(Math.min(bar.getSelection(), Math.max(0, total - visible)));
	}

	private void paint(Event event) {
		GC gc = event.gc;
		Rectangle area = getClientArea();
		gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(area);
		if (model == null || model.bars().isEmpty()) {
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(Messages.TimelineCanvas_empty, 8, 8, true);
			return;
		}
		gc.setClipping(LABEL_WIDTH, 0, area.width - LABEL_WIDTH, area.height);
		months(gc, area);
		bars(gc, area);
		int today = LABEL_WIDTH - originX + model.x(model.today(), MONTH_WIDTH);
		gc.setForeground(TODAY);
		gc.setLineWidth(2);
		gc.drawLine(today, HEADER_HEIGHT - 6, today, area.height);
		gc.setLineWidth(1);
		gc.setClipping(0, HEADER_HEIGHT, LABEL_WIDTH, area.height - HEADER_HEIGHT);
		labels(gc, area);
		gc.setClipping((Rectangle) null);
	}

	private void months(GC gc, Rectangle area) {
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		for (int m = 0; m < model.monthCount(); m++) {
			int x = LABEL_WIDTH - originX + m * MONTH_WIDTH;
			if (x + MONTH_WIDTH < LABEL_WIDTH || x > area.width) {
				continue;
			}
			YearMonth month = model.firstMonth().plusMonths(m);
			gc.setForeground(GRID);
			gc.drawLine(x, HEADER_HEIGHT - 18, x, area.height);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			if (m == 0 || month.getMonthValue() == 1) {
				gc.drawText(Integer.toString(month.getYear()), x + 3, 2, true);
			}
			gc.drawText(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.getDefault()), x + 3, HEADER_HEIGHT - 18,
					true);
		}
	}

	private void bars(GC gc, Rectangle area) {
		List<TimelineModel.Bar> bars = model.bars();
		int firstRow = Math.max(0, originY / ROW_HEIGHT);
		for (int i = firstRow; i < bars.size(); i++) {
			int y = HEADER_HEIGHT + i * ROW_HEIGHT - originY;
			if (y > area.height) {
				break;
			}
			TimelineModel.Bar bar = bars.get(i);
			int x0 = LABEL_WIDTH - originX + model.x(bar.start(), MONTH_WIDTH);
			int x1 = LABEL_WIDTH - originX + model.xEnd(bar.due(), MONTH_WIDTH);
			gc.setBackground(LightColours.of(bar.overdue() ? TrafficLight.OVERDUE : bar.light()));
			gc.fillRoundRectangle(x0, y + 4, Math.max(3, x1 - x0), ROW_HEIGHT - 8, 6, 6);
			if (bar.overdue()) {
				gc.setForeground(TODAY);
				gc.drawRoundRectangle(x0, y + 4, Math.max(3, x1 - x0), ROW_HEIGHT - 8, 6, 6);
			}
		}
	}

	private void labels(GC gc, Rectangle area) {
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
		List<TimelineModel.Bar> bars = model.bars();
		for (int i = Math.max(0, originY / ROW_HEIGHT); i < bars.size(); i++) {
			int y = HEADER_HEIGHT + i * ROW_HEIGHT - originY;
			if (y > area.height) {
				break;
			}
			Action action = bars.get(i).action();
			String title = action.getTitle() == null ? "" : action.getTitle();
			gc.setForeground(bars.get(i).overdue() ? TODAY : getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(action.getCode() + "  " + title, 6, y + 3, true);
		}
	}
}
