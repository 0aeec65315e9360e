// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.text.Labels;
import hn.siempleo.referral.Names;
import hn.siempleo.referral.NetworkCommands;
import hn.siempleo.ui.WidgetIds;

/**
 * Asks for one referral record: office, period, from, to (a party of the agreement), service, count and
 * outcome. OK is enabled only when every field is filled and the period looks like 2024-T3 or 2024-07.
 */
final class AddReferralDialog extends Dialog {

	private final Agreement agreement;
	private final Workspace workspace;
	private Combo office;
	private Text period;
	private Combo from;
	private Combo to;
	private Combo service;
	private Spinner count;
	private Combo outcome;
	private ReferralRecord record;

	AddReferralDialog(Shell parent, Agreement agreement) {
		super(parent);
		this.agreement = agreement;
		this.workspace = (Workspace) agreement.eContainer();
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.AddReferral_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(area);
		office = combo(area, Messages.Referrals_office, "addReferral.office",
				workspace.getOffices().stream().map(o -> Names.code(o) + " " + Names.of(o)).toList());
		label(area, Messages.Referrals_period);
		period = WidgetIds.tag(new Text(area, SWT.BORDER), "addReferral.period");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(period);
		period.addListener(SWT.Modify, e -> validate());
		from = combo(area, Messages.AddReferral_from, "addReferral.from",
				agreement.getParties().stream().map(Names::acronym).toList());
		to = combo(area, Messages.AddReferral_to, "addReferral.to",
				agreement.getParties().stream().map(Names::acronym).toList());
		service = combo(area, Messages.AddReferral_service, "addReferral.service",
				workspace.getServices().stream().map(Names::of).toList());
		label(area, Messages.Referrals_count);
		count = WidgetIds.tag(new Spinner(area, SWT.BORDER), "addReferral.count");
		count.setMaximum(100_000);
		outcome = combo(area, Messages.AddReferral_outcome, "addReferral.outcome",
				List.of(Labels.literal(ReferralOutcome.ATTENDED), Labels.literal(ReferralOutcome.IN_PROCESS),
						Labels.literal(ReferralOutcome.NOT_ATTENDED)));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText(Messages.AddReferral_ok);
		validate();
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private Combo combo(Composite parent, String label, String id, List<String> items) {
		label(parent, label);
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id);
		combo.setItems(items.toArray(String[]::new));
		combo.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	private void validate() {
		if (getButton(IDialogConstants.OK_ID) == null) {
			return;
		}
		boolean ok = office.getSelectionIndex() >= 0 && from.getSelectionIndex() >= 0 && to.getSelectionIndex() >= 0
				&& service.getSelectionIndex() >= 0 && outcome.getSelectionIndex() >= 0
				&& period.getText().strip().matches("\\d{4}-(T[1-4]|S[12]|0[1-9]|1[0-2])");
		getButton(IDialogConstants.OK_ID).setEnabled(ok);
	}

	@Override
	protected void okPressed() {
		Office chosenOffice = workspace.getOffices().get(office.getSelectionIndex());
		Institution source = agreement.getParties().get(from.getSelectionIndex());
		Institution target = agreement.getParties().get(to.getSelectionIndex());
		Service chosenService = workspace.getServices().get(service.getSelectionIndex());
		ReferralOutcome chosenOutcome = switch (outcome.getSelectionIndex()) {
			case 0 -> ReferralOutcome.ATTENDED;
			case 2 -> ReferralOutcome.NOT_ATTENDED;
			default -> ReferralOutcome.IN_PROCESS;
		};
		record = NetworkCommands.newReferral(chosenOffice, period.getText(), source, target, chosenService,
				count.getSelection(), chosenOutcome);
		super.okPressed();
	}

	/** The record entered, after OK. */
	ReferralRecord record() {
		return record;
	}
}
