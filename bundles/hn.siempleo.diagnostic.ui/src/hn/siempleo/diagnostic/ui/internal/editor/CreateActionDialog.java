// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.diagnostic.ActionProposal;
import hn.siempleo.diagnostic.Gap;
import hn.siempleo.diagnostic.PrioritySuggestion;
import hn.siempleo.diagnostic.ui.internal.Labels;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.Term;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.ui.WidgetIds;

/**
 * Crear acción: the action proposed for a gap, with what the planner may change before it is added (title, axis,
 * priority, phase) and the reason for the suggested priority.
 */
final class CreateActionDialog extends TitleAreaDialog {

	private final Gap gap;
	private final List<PolicyAxis> axes;
	private ActionProposal proposal;
	private Text title;
	private Combo axis;
	private Combo priority;
	private Combo phase;

	CreateActionDialog(Shell shell, ActionProposal proposal, Gap gap, List<PolicyAxis> axes) {
		super(shell);
		this.proposal = proposal;
		this.gap = gap;
		this.axes = List.copyOf(axes);
	}

	/** The proposal as the planner confirmed it. */
	ActionProposal proposal() {
		return proposal;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.CreateActionDialog_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(NLS.bind(Messages.CreateActionDialog_heading, proposal.code(), Labels.criterion(gap.criterion())));
		setMessage(reason());
		Composite form = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		label(form, Messages.CreateActionDialog_titleField);
		title = WidgetIds.tag(new Text(form, SWT.BORDER), "createAction.title"); //$NON-NLS-1$
		title.setText(proposal.title() == null ? "" : proposal.title()); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(title);
		label(form, Messages.CreateActionDialog_dimension);
		label(form, proposal.dimension() == null ? "" //$NON-NLS-1$
				: NLS.bind(Messages.CreateActionDialog_dimensionValue, proposal.dimension().getName(),
						Labels.literal(proposal.planDimension())));
		label(form, Messages.CreateActionDialog_axis);
		axis = WidgetIds.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "createAction.axis"); //$NON-NLS-1$
		axes.forEach(a -> axis.add(a.getCode() + " " + a.getName())); //$NON-NLS-1$
		axis.select(axes.indexOf(proposal.axis()));
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(axis);
		label(form, Messages.CreateActionDialog_priority);
		priority = WidgetIds.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "createAction.priority"); //$NON-NLS-1$
		int suggested = PrioritySuggestion.priority(gap);
		for (int p = 1; p <= 4; p++) {
			String kind = Actions.needsBudget(p) ? Messages.CreateActionDialog_budget : Messages.CreateActionDialog_ownMeans;
			priority.add(NLS.bind(p == suggested ? Messages.CreateActionDialog_suggested : Messages.CreateActionDialog_plain,
					p, kind));
		}
		priority.select(proposal.priority() - 1);
		priority.addListener(SWT.Selection, event -> phase.select(PrioritySuggestion.phase(priority.getSelectionIndex() + 1).getValue()));
		label(form, Messages.CreateActionDialog_phase);
		phase = WidgetIds.tag(new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN), "createAction.phase"); //$NON-NLS-1$
		Term.VALUES.forEach(term -> phase.add(Labels.literal(term)));
		phase.select(proposal.phase().getValue());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.CreateActionDialog_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		int axisIndex = axis.getSelectionIndex();
		proposal = proposal.withTitle(title.getText().isBlank() ? proposal.title() : title.getText().strip())
				.withAxis(axisIndex < 0 ? proposal.axis() : axes.get(axisIndex))
				.withPriority(priority.getSelectionIndex() + 1).withPhase(Term.get(phase.getSelectionIndex()));
		super.okPressed();
	}

	private String reason() {
		boolean severe = PrioritySuggestion.isSevere(gap);
		return NLS.bind(Messages.CreateActionDialog_reason, new Object[] { PrioritySuggestion.priority(gap),
				severe ? Messages.CreateActionDialog_severe : Messages.CreateActionDialog_notSevere,
				gap.needsBudget() ? Messages.CreateActionDialog_needsBudget : Messages.CreateActionDialog_ownMeansSuffice });
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
	}
}
