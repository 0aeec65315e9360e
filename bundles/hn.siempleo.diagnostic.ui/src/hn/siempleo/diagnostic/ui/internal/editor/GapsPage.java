// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.diagnostic.ActionProposal;
import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.diagnostic.Gap;
import hn.siempleo.diagnostic.PrioritySuggestion;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.model.logic.ModelClock;

/**
 * Brechas y acciones: the criteria scored under a threshold the planner sets, most severe first, each with the
 * priority the documented rule suggests and the plan actions already linked; <i>Crear acción</i> adds a plan action
 * pre-filled from the gap and linked to it, <i>Ver en el seguimiento</i> shows a linked action in the tracker.
 */
final class GapsPage {

	private static final int[] THRESHOLDS = { 2, 3, 4 };

	private final EditorContext context;
	private final Composite root;
	private final Combo threshold;
	private final Label count;
	private final Table gaps;
	private final Table actions;
	private final Button create;
	private final Button showCriterion;
	private final Button showAction;
	private List<Gap> shown = List.of();

	GapsPage(Composite page, EditorContext context) {
		this.context = context;
		root = page;
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 6).applyTo(page);
		Composite top = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.GapsPage_threshold);
		threshold = WidgetIds.tag(new Combo(top, SWT.READ_ONLY | SWT.DROP_DOWN), "gaps.threshold"); //$NON-NLS-1$
		for (int level : THRESHOLDS) {
			threshold.add(Labels.level(level));
		}
		threshold.select(1);
		threshold.addListener(SWT.Selection, event -> refresh());
		count = WidgetIds.tag(new Label(top, SWT.NONE), "gaps.count"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(count);

		SashForm sash = new SashForm(page, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite upper = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(upper);
		gaps = WidgetIds.tag(table(upper, Messages.GapsPage_severity, 80, Messages.GapsPage_criterion, 300,
				Messages.GapsPage_dimension, 130, Messages.GapsPage_score, 110, Messages.GapsPage_resources, 140,
				Messages.GapsPage_priority, 110, Messages.GapsPage_actions, 90), "gaps.table"); //$NON-NLS-1$
		gaps.addListener(SWT.Selection, event -> showActions());
		gaps.addListener(SWT.DefaultSelection, event -> createAction());
		Composite buttons = new Composite(upper, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 0).applyTo(buttons);
		create = button(buttons, Messages.GapsPage_create, "gaps.create", this::createAction); //$NON-NLS-1$
		showCriterion = button(buttons, Messages.GapsPage_showCriterion, "gaps.showCriterion", () -> { //$NON-NLS-1$
			Gap gap = selectedGap();
			if (gap != null) {
				context.showCriterion(gap.assessment());
			}
		});
		new Label(buttons, SWT.NONE);

		Composite lower = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(4, 4).applyTo(lower);
		new Label(lower, SWT.NONE).setText(Messages.GapsPage_linked);
		actions = WidgetIds.tag(table(lower, Messages.GapsPage_code, 70, Messages.GapsPage_title, 380,
				Messages.GapsPage_priority, 80, Messages.GapsPage_status, 110, Messages.GapsPage_light, 110),
				"gaps.actions"); //$NON-NLS-1$
		actions.addListener(SWT.DefaultSelection, event -> showSelectedAction());
		actions.addListener(SWT.Selection, event -> updateButtons());
		showAction = button(lower, Messages.GapsPage_showAction, "gaps.showAction", this::showSelectedAction); //$NON-NLS-1$
		sash.setWeights(62, 38);
	}

	/** The page's control. */
	Control control() {
		return root;
	}

	/** The threshold chosen: scores under it are gaps. */
	int threshold() {
		return THRESHOLDS[Math.max(0, threshold.getSelectionIndex())];
	}

	/** Shows the gaps as they are now; keeps the selected gap. */
	void refresh() {
		Diagnostic diagnostic = context.diagnostic();
		Gap selected = selectedGap();
		shown = diagnostic == null ? List.of() : Gap.of(diagnostic, threshold());
		gaps.setRedraw(false);
		try {
			gaps.removeAll();
			for (Gap gap : shown) {
				row(gap);
			}
		} finally {
			gaps.setRedraw(true);
		}
		long orphans = shown.stream().filter(gap -> gap.actions().isEmpty()).count();
		count.setText(diagnostic == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.GapsPage_count, shown.size(), orphans));
		count.getParent().layout(true);
		if (selected != null) {
			select(selected.assessment());
		}
		showActions();
	}

	/** Selects the gap of an assessment, when it is one. */
	void select(hn.siempleo.model.Assessment assessment) {
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).assessment() == assessment) {
				gaps.setSelection(i);
				showActions();
				return;
			}
		}
	}

	private void row(Gap gap) {
		TableItem item = new TableItem(gaps, SWT.NONE);
		item.setData(gap);
		boolean severe = PrioritySuggestion.isSevere(gap);
		String severity = gap.severity() == 0 ? Messages.GapsPage_named
				: severe ? Messages.GapsPage_high : Messages.GapsPage_medium;
		item.setText(new String[] { severity, Labels.criterion(gap.criterion()),
				gap.dimension() == null ? "" : gap.dimension().getName(), //$NON-NLS-1$
				Assessments.isAnswered(gap.assessment()) ? Labels.level(gap.assessment().getScore().getValue())
						: Messages.GapsPage_notAnswered,
				Labels.literal(gap.assessment().getResourceNeed()),
				NLS.bind(Messages.GapsPage_priorityValue, PrioritySuggestion.priority(gap)),
				Integer.toString(gap.actions().size()) });
		if (Assessments.isAnswered(gap.assessment())) {
			item.setBackground(0, ScoreColours.forScore(gap.assessment().getScore().getValue()));
		}
	}

	private void showActions() {
		Gap gap = selectedGap();
		actions.removeAll();
		if (gap != null) {
			LocalDate today = ModelClock.today(gap.assessment());
			for (Action action : gap.actions()) {
				TableItem item = new TableItem(actions, SWT.NONE);
				item.setData(action);
				item.setText(new String[] { action.getCode(), action.getTitle() == null ? "" : action.getTitle(), //$NON-NLS-1$
						Integer.toString(action.getPriority()), Labels.literal(action.getStatus()),
						Labels.literal(Actions.trafficLight(action, today)) });
			}
		}
		updateButtons();
	}

	private void updateButtons() {
		boolean open = context.model() != null && !context.model().workspace().getPlans().isEmpty();
		create.setEnabled(open && selectedGap() != null);
		showCriterion.setEnabled(selectedGap() != null);
		showAction.setEnabled(actions.getSelectionIndex() >= 0);
	}

	private void createAction() {
		Gap gap = selectedGap();
		if (gap == null || context.model() == null || context.model().workspace().getPlans().isEmpty()) {
			return;
		}
		ActionPlan plan = context.model().workspace().getPlans().get(0);
		ActionProposal proposal = ActionProposal.propose(gap, plan);
		CreateActionDialog dialog = new CreateActionDialog(context.shell(), proposal, gap,
				context.model().workspace().getAxes());
		if (dialog.open() != Window.OK) {
			return;
		}
		Command command = DiagnosticCommands.createAction(context.model().editingDomain(), plan, dialog.proposal());
		context.execute(command);
		Object created = command.getResult().isEmpty() ? null : command.getResult().iterator().next();
		select(gap.assessment());
		for (int i = 0; i < actions.getItemCount(); i++) {
			if (actions.getItem(i).getData() == created) {
				actions.setSelection(i);
			}
		}
		updateButtons();
	}

	private void showSelectedAction() {
		int index = actions.getSelectionIndex();
		if (index >= 0 && actions.getItem(index).getData() instanceof Action action) {
			context.showAction(action);
		}
	}

	private Gap selectedGap() {
		int index = gaps.getSelectionIndex();
		return index >= 0 && gaps.getItem(index).getData() instanceof Gap gap ? gap : null;
	}

	private static Table table(Composite parent, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText((String) columns[i]);
			column.setWidth((Integer) columns[i + 1]);
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		return table;
	}

	private static Button button(Composite parent, String text, String id, Runnable action) {
		Button button = WidgetIds.tag(new Button(parent, SWT.PUSH), id);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
