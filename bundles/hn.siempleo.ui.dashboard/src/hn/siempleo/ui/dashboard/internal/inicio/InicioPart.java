package hn.siempleo.ui.dashboard.internal.inicio;

import java.time.LocalDate;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.validation.ElementLabels;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.dashboard.ActionListOpener;
import hn.siempleo.ui.dashboard.internal.Formats;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * The Inicio part: what the workbench is for while no model is open; the key figures of the first action
 * plan once one is. Each figure opens the Acciones list filtered to the actions it counts.
 */
public final class InicioPart {

	/** Quiet time after the last edit before the figures are recomputed, in milliseconds. */
	static final int DEBOUNCE_MILLIS = 400;

	private final Runnable delayedRefresh = this::refresh;
	private final ModelSessionListener listener = new ModelSessionListener() {
		@Override
		public void modelReplaced(OpenModel model) {
			display.timerExec(-1, delayedRefresh);
			refresh();
		}

		@Override
		public void modelEdited(OpenModel model) {
			display.timerExec(DEBOUNCE_MILLIS, delayedRefresh);
		}
	};

	private Display display;
	private ModelSession session;
	private ActionListOpener opener;
	private FormToolkit toolkit;
	private ScrolledForm form;
	private Label intro;
	private Composite figures;

	@PostConstruct
	public void create(Composite parent, ModelSession session, ActionListOpener opener) {
		this.session = session;
		this.opener = opener;
		display = parent.getDisplay();
		toolkit = new FormToolkit(display);
		form = toolkit.createScrolledForm(parent);
		Composite body = form.getBody();
		TableWrapLayout layout = new TableWrapLayout();
		layout.verticalSpacing = 12;
		body.setLayout(layout);
		Label title = WidgetIds.tag(toolkit.createLabel(body, Messages.InicioPart_title, SWT.WRAP), "inicio.title");
		title.setFont(JFaceResources.getHeaderFont());
		title.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		intro = WidgetIds.tag(toolkit.createLabel(body, Messages.InicioPart_intro, SWT.WRAP), "inicio.intro");
		intro.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		figures = toolkit.createComposite(body);
		figures.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
		ColumnLayout columns = new ColumnLayout();
		columns.minNumColumns = 1;
		columns.maxNumColumns = 3;
		columns.horizontalSpacing = 16;
		columns.verticalSpacing = 16;
		figures.setLayout(columns);
		session.addListener(listener);
		refresh();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
		if (!display.isDisposed()) {
			display.timerExec(-1, delayedRefresh);
		}
		toolkit.dispose();
	}

	private void refresh() {
		if (form.isDisposed()) {
			return;
		}
		LocalDate today = LocalDate.now();
		OpenModel model = session.current();
		ActionPlan plan = model == null || model.workspace().getPlans().isEmpty() ? null
				: model.workspace().getPlans().get(0);
		intro.setText(introText(model, plan, today));
		form.setRedraw(false);
		try {
			for (Control child : figures.getChildren()) {
				child.dispose();
			}
			if (model != null) {
				new FigureSections(toolkit, figures, opener).build(model.workspace(), plan, today);
			}
			form.reflow(true);
		} finally {
			form.setRedraw(true);
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
				new Object[] { ElementLabels.describe(plan), Formats.date(today), model.displayName() });
	}
}
