// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.timeline;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.shared.ActionLabels;
import hn.siempleo.ui.Debouncer;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import hn.siempleo.model.logic.ModelClock;

/**
 * Cronograma: the priority 1-2 actions of the open plan month by month, with a line for today and overdue
 * actions in red. Follows the model session; a double-click shows the action in the explorer and the
 * properties view.
 */
public final class TimelinePart {


	private Debouncer refresher;
	private ModelSessionListener listener;


	private ModelSession session;
	private Display display;
	private Label heading;
	private TimelineCanvas canvas;

	@PostConstruct
	public void create(Composite parent, ModelSession modelSession) {
		session = modelSession;
		display = parent.getDisplay();
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite top = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		heading = WidgetIds.tag(new Label(top, SWT.WRAP), "timeline.heading");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER)
				.applyTo(heading);
		Button today = WidgetIds.tag(new Button(top, SWT.PUSH), "timeline.today");
		today.setText(Messages.TimelinePart_today);
		today.setToolTipText(Messages.TimelinePart_todayTip);
		canvas = WidgetIds.tag(new TimelineCanvas(body, session::showElement), "timeline.canvas");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(canvas);
		today.addListener(SWT.Selection, e -> {
			canvas.revealToday();
			canvas.setFocus();
		});
		refresher = new Debouncer(display, Debouncer.EDIT_QUIET_MILLIS, this::refresh);
		listener = Debouncer.refreshing(refresher);
		session.addListener(listener);
		refresh();
	}

	@Focus
	public void setFocus() {
		canvas.setFocus();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		refresher.cancel();
	}

	/** The model the canvas shows now, for tests. */
	TimelineModel model() {
		return canvas.model();
	}

	private void refresh() {
		if (canvas.isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		List<ActionPlan> plans = model == null ? List.of() : model.workspace().getPlans();
		ActionPlan plan = plans.isEmpty() ? null : plans.get(0);
		LocalDate today = ModelClock.today(plan);
		TimelineModel timeline = TimelineModel.of(plan, today);
		long overdue = timeline.bars().stream().filter(TimelineModel.Bar::overdue).count();
		heading.setText(plan == null ? Messages.TimelinePart_noPlan
				: NLS.bind(Messages.TimelinePart_heading, new Object[] { timeline.bars().size(), overdue,
						ActionLabels.text(today) }));
		heading.requestLayout();
		canvas.show(timeline);
	}
}
