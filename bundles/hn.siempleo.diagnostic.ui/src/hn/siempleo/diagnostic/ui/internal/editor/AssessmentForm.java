// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.SiempleoPackage.Literals;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.ui.WidgetIds;

/**
 * The form of one assessment: the score chosen among the levels with each level's description beside it, the
 * evidence (text and files kept in the evidence folder beside the model, opened with the system viewer), the
 * finding and its kind, the recommendation and the resources needed. Texts are committed when they lose focus
 * or on Ctrl+Enter; Tab leaves even multi-line texts; the files are an {@link EvidenceList}. Every change is a
 * command.
 */
final class AssessmentForm {

	private final EditorContext context;
	private final ScrolledComposite scroller;
	private final Composite body;
	private final Label title;
	private final Label description;
	private final Composite levels;
	private final List<Button> levelButtons = new ArrayList<>();
	private final Text evidence;
	private final EvidenceList files;
	private final Combo findingKind;
	private final Text finding;
	private final Text recommendation;
	private final Combo resources;
	private Assessment assessment;
	private int shownLevels = -1;
	private Criterion levelsOf;
	private boolean levelsBuilt;

	AssessmentForm(Composite parent, EditorContext context) {
		this.context = context;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		body = new Composite(scroller, SWT.NONE);
		scroller.setContent(body);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 6).spacing(8, 6).applyTo(body);
		title = WidgetIds.tag(new Label(body, SWT.WRAP), "criteria.title"); //$NON-NLS-1$
		title.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(title);
		description = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(description);

		caption(Messages.AssessmentForm_score).setLayoutData(GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).create());
		levels = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).spacing(6, 2).applyTo(levels);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(levels);

		caption(Messages.AssessmentForm_evidence);
		evidence = text("criteria.evidence", Literals.ASSESSMENT__EVIDENCE, 3); //$NON-NLS-1$
		caption(Messages.AssessmentForm_files).setLayoutData(GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).create());
		files = new EvidenceList(body, context, () -> assessment);

		caption(Messages.AssessmentForm_findingKind);
		findingKind = WidgetIds.tag(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), "criteria.findingKind"); //$NON-NLS-1$
		FindingKind.VALUES.forEach(kind -> findingKind.add(Labels.literal(kind)));
		findingKind.addListener(SWT.Selection, event -> set(Literals.ASSESSMENT__FINDING_KIND,
				FindingKind.get(findingKind.getSelectionIndex())));
		caption(Messages.AssessmentForm_finding);
		finding = text("criteria.finding", Literals.ASSESSMENT__FINDING, 3); //$NON-NLS-1$
		caption(Messages.AssessmentForm_recommendation);
		recommendation = text("criteria.recommendation", Literals.ASSESSMENT__RECOMMENDATION, 3); //$NON-NLS-1$
		caption(Messages.AssessmentForm_resources);
		resources = WidgetIds.tag(new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN), "criteria.resources"); //$NON-NLS-1$
		ResourceType.VALUES.forEach(type -> resources.add(Labels.literal(type)));
		resources.addListener(SWT.Selection, event -> set(Literals.ASSESSMENT__RESOURCE_NEED,
				ResourceType.get(resources.getSelectionIndex())));
		scroller.addListener(SWT.Resize, event -> updateScrolling());
		show(null);
	}

	/** Shows another assessment (null for none), committing what was typed for the previous one. */
	void show(Assessment next) {
		if (next != assessment) {
			commitTexts();
			for (Text text : List.of(evidence, finding, recommendation)) {
				text.setData(TYPED, null);
			}
		}
		assessment = next;
		refresh();
	}

	/** Shows the assessment's values as they are now; a text being typed in keeps its input. */
	void refresh() {
		boolean enabled = assessment != null && context.model() != null;
		for (Control control : List.of(evidence, findingKind, finding, recommendation, resources)) {
			control.setEnabled(enabled);
		}
		Criterion criterion = assessment == null ? null : assessment.getCriterion();
		title.setText(assessment == null ? Messages.AssessmentForm_none : Labels.criterion(criterion));
		description.setText(criterion == null || criterion.getDescription() == null ? "" : criterion.getDescription()); //$NON-NLS-1$
		buildLevels(criterion);
		int score = assessment == null ? -1 : assessment.getScore().getValue();
		for (int i = 0; i < levelButtons.size(); i++) {
			levelButtons.get(i).setSelection(i == score);
			levelButtons.get(i).setEnabled(enabled);
		}
		show(evidence, assessment == null ? null : assessment.getEvidence());
		show(finding, assessment == null ? null : assessment.getFinding());
		show(recommendation, assessment == null ? null : assessment.getRecommendation());
		files.refresh(enabled);
		findingKind.select(assessment == null ? -1 : assessment.getFindingKind().getValue());
		resources.select(assessment == null ? -1 : assessment.getResourceNeed().getValue());
		updateScrolling();
	}

	private void buildLevels(Criterion criterion) {
		if (levelsBuilt && criterion == levelsOf) {
			return;
		}
		levelsBuilt = true;
		levelsOf = criterion;
		int count = criterion == null ? Assessments.MAX_LEVEL : Assessments.levels(criterion);
		for (Control child : levels.getChildren()) {
			child.dispose();
		}
		levelButtons.clear();
		shownLevels = count;
		for (int level = 0; level <= count; level++) {
			Button button = WidgetIds.tag(new Button(levels, SWT.RADIO), "criteria.level." + level); //$NON-NLS-1$
			button.setText(Labels.level(level));
			int chosen = level;
			button.addListener(SWT.Selection, event -> {
				if (button.getSelection()) {
					setScore(chosen);
				}
			});
			button.addListener(SWT.KeyDown, this::digit);
			levelButtons.add(button);
			Label text = new Label(levels, SWT.WRAP);
			String levelText = level == 0 ? Messages.AssessmentForm_notAssessed
					: Assessments.levelDescription(criterion, level);
			text.setText(levelText == null ? "" : levelText); //$NON-NLS-1$
			GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
		}
		levels.layout(true);
	}

	private void digit(Event event) {
		if (event.character >= '0' && event.character <= '9') {
			int level = event.character - '0';
			event.doit = false;
			if (level <= shownLevels) {
				setScore(level);
			}
		}
	}

	private void setScore(int level) {
		if (assessment != null && assessment.getScore().getValue() != level) {
			context.execute(DiagnosticCommands.setScore(context.model().editingDomain(), assessment,
					MaturityLevel.get(level)));
		}
	}

	private void set(EStructuralFeature feature, Object value) {
		if (assessment != null && value != null && !Objects.equals(assessment.eGet(feature), value)) {
			context.execute(DiagnosticCommands.set(context.model().editingDomain(), assessment, feature, value));
		}
	}

	private void commitTexts() {
		for (Text text : List.of(evidence, finding, recommendation)) {
			commit(text);
		}
	}

	private void commit(Text text) {
		if (assessment == null || text.isDisposed()) {
			return;
		}
		EStructuralFeature feature = (EStructuralFeature) text.getData(FEATURE);
		String current = (String) assessment.eGet(feature);
		String typed = text.getText();
		text.setData(TYPED, null);
		if (!Objects.equals(current == null ? "" : current, typed)) { //$NON-NLS-1$
			context.execute(DiagnosticCommands.set(context.model().editingDomain(), assessment, feature, typed));
		}
	}

	private static final String FEATURE = "hn.siempleo.feature"; //$NON-NLS-1$
	/** Set on a text while it holds input not yet committed. */
	private static final String TYPED = "hn.siempleo.typed"; //$NON-NLS-1$
	private boolean updating;

	private Text text(String id, EStructuralFeature feature, int lines) {
		Text text = WidgetIds.tag(new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL), id);
		text.setData(FEATURE, feature);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, text.getLineHeight() * lines + 6).applyTo(text);
		text.addListener(SWT.FocusOut, event -> commit(text));
		text.addListener(SWT.Modify, event -> {
			if (!updating) {
				text.setData(TYPED, Boolean.TRUE);
			}
		});
		text.addListener(SWT.Traverse, event -> {
			if (event.detail == SWT.TRAVERSE_TAB_NEXT || event.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				event.doit = true;
			}
		});
		text.addListener(SWT.KeyDown, event -> {
			if ((event.stateMask & SWT.MOD1) != 0 && (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR)) {
				event.doit = false;
				commit(text);
			}
		});
		return text;
	}

	/** Shows the model's value, unless the planner is typing in the field (input not yet committed). */
	private void show(Text text, String value) {
		String shown = value == null ? "" : value; //$NON-NLS-1$
		if (text.getData(TYPED) == null && !shown.equals(text.getText())) {
			updating = true;
			try {
				text.setText(shown);
			} finally {
				updating = false;
			}
		}
	}

	private Label caption(String textValue) {
		Label label = new Label(body, SWT.NONE);
		label.setText(textValue);
		return label;
	}

	private void updateScrolling() {
		int width = scroller.getClientArea().width;
		body.layout(true, true);
		scroller.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}
}
