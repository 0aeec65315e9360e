// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.core.ReviewState;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.ui.Debouncer;
import hn.siempleo.ui.Layouts;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.ActionListOpener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.model.text.Formats;
import hn.siempleo.model.text.Labels;

/**
 * The Inicio part: what the workbench is for while no model is open; the key figures of the first action
 * plan once one is. Each figure opens the Acciones list filtered to the actions it counts. In a shared plan whose
 * central team approves progress reports, a line above the figures says which reports they include that still wait
 * for approval (asked of the store in a job: it may be a server).
 */
public final class InicioPart {


	private Debouncer refresher;
	private ModelSessionListener listener;


	private Display display;
	private ModelSession session;
	private ModelService models;
	private ActionListOpener opener;
	private FormToolkit toolkit;
	private ScrolledComposite form;
	private Composite body;
	private Label intro;
	/** The progress reports the figures include that wait for approval; hidden when none do. */
	private Label pendingReviews;
	/** The model whose reviews {@link #pendingReviews} shows. */
	private OpenModel reviewedModel;
	/** Counts the review look-ups: only the answer of the latest is shown. */
	private int reviewLookUps;
	private Composite figures;
	/** Set while {@link #updateScrolling()} runs: a scroll bar it shows or hides resizes the form again. */
	private boolean scrolling;

	@PostConstruct
	public void create(Composite parent, ModelSession session, ActionListOpener opener, ModelService models) {
		this.session = session;
		this.opener = opener;
		this.models = models;
		display = parent.getDisplay();
		toolkit = new FormToolkit(display);
		form = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		form.setExpandHorizontal(true);
		form.setExpandVertical(true);
		body = toolkit.createComposite(form);
		form.setContent(body);
		form.addListener(SWT.Resize, event -> updateScrolling());
		GridLayoutFactory.fillDefaults().margins(10, 10).spacing(12, 12).applyTo(body);
		Label title = WidgetIds.tag(toolkit.createLabel(body, Messages.InicioPart_title, SWT.WRAP), "inicio.title");
		title.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(title);
		intro = WidgetIds.tag(toolkit.createLabel(body, Messages.InicioPart_intro, SWT.WRAP), "inicio.intro");
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).applyTo(intro);
		pendingReviews = WidgetIds.tag(toolkit.createLabel(body, "", SWT.WRAP), "inicio.pendingReviews"); //$NON-NLS-1$
		pendingReviews.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(500, SWT.DEFAULT).exclude(true).applyTo(pendingReviews);
		pendingReviews.setVisible(false);
		figures = toolkit.createComposite(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(figures);
		// three columns of sections; GridLayout sizes reliably inside a ScrolledForm
		GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).spacing(16, 16).applyTo(figures);
		refresher = new Debouncer(display, Debouncer.EDIT_QUIET_MILLIS, this::refresh);
		listener = Debouncer.refreshing(refresher);
		session.addListener(listener);
		refresh();
	}

	/**
	 * Asks again which reports wait for approval: a central role's approval (in Historial, or another planner's)
	 * changes no figure, so no edit refreshes Inicio for it. The focus goes to the form itself: to a figure's
	 * link, it would scroll the form away from its top.
	 */
	@Focus
	public void setFocus() {
		form.forceFocus();
		OpenModel model = session.current();
		lookUpReviews(model, InicioFigures.firstPlan(model));
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		refresher.cancel();
		toolkit.dispose();
	}

	private void refresh() {
		if (form.isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		LocalDate today = ModelClock.today(model == null ? null : model.workspace());
		ActionPlan plan = InicioFigures.firstPlan(model);
		intro.setText(introText(model, plan, today));
		form.setRedraw(false);
		try {
			for (Control child : figures.getChildren()) {
				child.dispose();
			}
			if (model != null) {
				// the model opened at start comes with its figures, computed while it was read
				InicioFigures computed = InicioFigures.take(model, plan, today);
				new FigureSections(toolkit, figures, opener).build(model.workspace(),
						computed != null ? computed : InicioFigures.of(model.workspace(), plan, today));
			}
			updateScrolling();
		} finally {
			form.setRedraw(true);
		}
		lookUpReviews(model, plan);
	}

	/**
	 * Asks the store, in a job, for the review states of the plan's progress reports and shows the line about
	 * those pending when the answer comes, unless a later look-up was started meanwhile. A failure is logged and
	 * said in a short note: the figures stay.
	 */
	private void lookUpReviews(OpenModel model, ActionPlan plan) {
		int lookUp = ++reviewLookUps;
		if (model != reviewedModel) {
			reviewedModel = model;
			showPendingReviews(null);
		}
		List<ProgressReport> reports = PendingReviews.reports(plan);
		if (reports.isEmpty()) {
			showPendingReviews(null);
			return;
		}
		Job job = Job.create(Messages.InicioPart_reviewJob, monitor -> {
			Map<EObject, ReviewState> states;
			String failure;
			try {
				states = models.reviewStates(model, reports);
				failure = null;
			} catch (ModelStoreException | RuntimeException e) {
				ILog.of(InicioPart.class).log(Status.warning(Messages.InicioPart_reviewJob, e));
				states = Map.of();
				failure = NLS.bind(Messages.InicioPart_pendingUnknown, e.getMessage());
			}
			Map<EObject, ReviewState> answer = states;
			String note = failure;
			if (!display.isDisposed()) {
				display.asyncExec(() -> {
					if (lookUp == reviewLookUps && !form.isDisposed()) {
						showPendingReviews(note != null ? note : PendingReviews.line(plan, answer));
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Shows the line about pending reviews, or hides it for null. */
	private void showPendingReviews(String text) {
		boolean show = text != null;
		if (show == pendingReviews.getVisible() && (!show || text.equals(pendingReviews.getText()))) {
			return;
		}
		pendingReviews.setText(show ? text : ""); //$NON-NLS-1$
		Layouts.shown(pendingReviews, show);
		body.layout(new Control[] { pendingReviews });
		updateScrolling();
	}

	/**
	 * Lays the content out for the visible width and lets it scroll vertically when taller. One measuring pass at
	 * that width flushes the cached sizes (the rows may be new); placing the controls then reuses them: the form
	 * lays the body out when it resizes it, else the body (or only the figures, the one part whose children are
	 * new) is laid out here. A flushing layout at the old width before measuring, as before, cost a third more on
	 * the first paint.
	 * <p>
	 * When the form's layout shows or hides a scroll bar, the form is resized while that layout runs and this is
	 * called again: the content is then only measured at the new width (from the sizes just measured) for the
	 * running layout to place it. Laying the body out there as well did it at the size it was about to leave, a
	 * whole pass of the dashboard thrown away on the first paint.
	 */
	private void updateScrolling() {
		int width = form.getClientArea().width;
		if (scrolling) {
			form.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT, false));
			return;
		}
		scrolling = true;
		try {
			Point bodySize = body.getSize();
			Point figuresSize = figures.getSize();
			form.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT, true));
			if (body.getSize().equals(bodySize)) {
				body.layout(false, true);
			} else if (figures.getSize().equals(figuresSize)) {
				figures.layout(false, true);
			}
		} finally {
			scrolling = false;
		}
	}

	private static String introText(OpenModel model, ActionPlan plan, LocalDate today) {
		if (model == null) {
			return Messages.InicioPart_intro;
		}
		if (plan == null) {
			return NLS.bind(Messages.InicioPart_noPlan, model.displayName());
		}
		return NLS.bind(Messages.InicioPart_plan,
				new Object[] { Labels.describe(plan), Formats.date(today), model.displayName() });
	}
}
