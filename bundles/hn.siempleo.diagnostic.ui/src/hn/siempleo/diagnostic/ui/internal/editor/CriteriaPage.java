// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.diagnostic.DiagnosticFigures;
import hn.siempleo.diagnostic.Score;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.ui.WidgetIds;

/**
 * Criterios: every criterion of the diagnostic grouped by dimension, unanswered ones highlighted and counted, and
 * the form of the selected one. Keyboard-only entry: arrows move through the criteria, a digit (0 to 4) sets the
 * selected criterion's score, Tab goes into the form and through it.
 */
final class CriteriaPage {

	private final EditorContext context;
	private final SashForm sash;
	private final Label unanswered;
	private final Tree tree;
	private final AssessmentForm form;
	private Diagnostic shown;
	private List<Assessment> shownAssessments = List.of();

	CriteriaPage(Composite page, EditorContext context) {
		this.context = context;
		GridLayoutFactory.fillDefaults().applyTo(page);
		sash = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(left);
		unanswered = WidgetIds.tag(new Label(left, SWT.NONE), "criteria.unanswered"); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(unanswered);
		tree = WidgetIds.tag(new Tree(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), "criteria.tree"); //$NON-NLS-1$
		tree.setHeaderVisible(true);
		column(Messages.CriteriaPage_criterion, 300);
		column(Messages.CriteriaPage_score, 120);
		column(Messages.CriteriaPage_finding, 90);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		Label hint = new Label(left, SWT.WRAP);
		hint.setText(Messages.CriteriaPage_keys);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(hint);
		form = new AssessmentForm(sash, context);
		sash.setWeights(46, 54);
		tree.addListener(SWT.Selection, event -> form.show(selected()));
		tree.addListener(SWT.KeyDown, this::keyPressed);
	}

	/** The page's control. */
	Control control() {
		return sash.getParent();
	}

	/** Selects an assessment and shows it in the form. */
	void select(Assessment assessment) {
		for (TreeItem dimension : tree.getItems()) {
			for (TreeItem item : dimension.getItems()) {
				if (item.getData() == assessment) {
					dimension.setExpanded(true);
					tree.setSelection(item);
					tree.showItem(item);
					form.show(assessment);
					tree.setFocus();
					return;
				}
			}
		}
	}

	/** The selected assessment, or null. */
	Assessment selected() {
		TreeItem[] selection = tree.getSelection();
		return selection.length == 1 && selection[0].getData() instanceof Assessment assessment ? assessment : null;
	}

	/** Shows the diagnostic as it is now; keeps the selection. */
	void refresh() {
		Diagnostic diagnostic = context.diagnostic();
		List<Assessment> assessments = diagnostic == null ? List.of() : List.copyOf(diagnostic.getAssessments());
		Assessment selected = selected();
		if (diagnostic != shown || !assessments.equals(shownAssessments)) {
			rebuild(diagnostic);
			shown = diagnostic;
			shownAssessments = assessments;
			if (selected != null && assessments.contains(selected)) {
				select(selected);
			} else {
				form.show(null);
			}
		}
		update(diagnostic);
		form.refresh();
	}

	private void rebuild(Diagnostic diagnostic) {
		tree.setRedraw(false);
		try {
			tree.removeAll();
			if (diagnostic == null) {
				return;
			}
			List<Dimension> dimensions = DiagnosticFigures.workspaceOf(diagnostic) == null ? List.of()
					: DiagnosticFigures.workspaceOf(diagnostic).getDimensions();
			List<Assessment> placed = new ArrayList<>();
			for (Dimension dimension : dimensions) {
				TreeItem group = new TreeItem(tree, SWT.NONE);
				group.setData(dimension);
				group.setFont(JFaceResources.getBannerFont());
				for (Assessment assessment : diagnostic.getAssessments()) {
					if (DiagnosticFigures.dimensionOf(assessment.getCriterion()) == dimension) {
						new TreeItem(group, SWT.NONE).setData(assessment);
						placed.add(assessment);
					}
				}
				group.setExpanded(true);
			}
			for (Assessment assessment : diagnostic.getAssessments()) {
				if (!placed.contains(assessment)) {
					new TreeItem(tree, SWT.NONE).setData(assessment);
				}
			}
		} finally {
			tree.setRedraw(true);
		}
	}

	private void update(Diagnostic diagnostic) {
		if (diagnostic == null) {
			unanswered.setText(Messages.CriteriaPage_noDiagnostic);
			return;
		}
		DiagnosticFigures figures = DiagnosticFigures.of(diagnostic, Assessments.DEFAULT_THRESHOLD);
		unanswered.setText(figures.criteria() == 0 ? Messages.CriteriaPage_noCriteria
				: figures.unanswered() == 0 ? Messages.CriteriaPage_allAnswered
				: NLS.bind(Messages.CriteriaPage_unanswered, figures.unanswered(), figures.criteria()));
		for (TreeItem item : tree.getItems()) {
			if (item.getData() instanceof Dimension dimension) {
				Score score = figures.score(dimension);
				set(item, new String[] { NLS.bind(Messages.SummaryPage_dimensionLabel, dimension.getCode(),
						dimension.getName()), score.text(), "" }); //$NON-NLS-1$
				for (TreeItem child : item.getItems()) {
					update(child, (Assessment) child.getData());
				}
			} else if (item.getData() instanceof Assessment assessment) {
				update(item, assessment);
			}
		}
	}

	private static void update(TreeItem item, Assessment assessment) {
		Criterion criterion = assessment.getCriterion();
		boolean answered = Assessments.isAnswered(assessment);
		String kind = Assessments.isGap(assessment, Assessments.DEFAULT_THRESHOLD) ? Messages.CriteriaPage_gap
				: Assessments.isStrength(assessment, Assessments.DEFAULT_THRESHOLD) ? Messages.CriteriaPage_strength
						: ""; //$NON-NLS-1$
		set(item, new String[] { Labels.criterion(criterion),
				answered ? Labels.level(assessment.getScore().getValue()) : Messages.CriteriaPage_notAnswered, kind });
		item.setBackground(answered ? null : ScoreColours.UNANSWERED);
	}

	private static void set(TreeItem item, String[] texts) {
		for (int i = 0; i < texts.length; i++) {
			if (!Objects.equals(item.getText(i), texts[i])) {
				item.setText(i, texts[i]);
			}
		}
	}

	private void keyPressed(Event event) {
		Assessment assessment = selected();
		if (assessment == null || event.character < '0' || event.character > '4') {
			return;
		}
		int level = event.character - '0';
		event.doit = false;
		if (level <= Assessments.levels(assessment.getCriterion()) && assessment.getScore().getValue() != level) {
			context.execute(DiagnosticCommands.setScore(context.model().editingDomain(), assessment,
					MaturityLevel.get(level)));
		}
	}

	private void column(String title, int width) {
		TreeColumn column = new TreeColumn(tree, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
