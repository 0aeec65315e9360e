// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.model.Action;
import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.StepStatus;
import hn.siempleo.model.TableMember;
import hn.siempleo.model.TerritorialTable;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.text.Labels;
import hn.siempleo.referral.LocalPlanProgress;
import hn.siempleo.referral.Names;
import hn.siempleo.referral.NetworkCommands;
import hn.siempleo.ui.WidgetIds;

/**
 * Mesas territoriales y planes locales: pick a local plan (table and plan in one list, as wide as the view,
 * the whole name in its tooltip); the table's territory and members; the plan's checklist of protocol steps
 * with status, date, evidence and overdue flag, every row in view; Avanzar paso under it starts or completes
 * the current step; the plan actions that support it (a double-click shows one).
 */
public final class TablesPart extends NetworkPart {

	private Combo plans;
	private Label territory;
	private Table members;
	private Label progressLabel;
	private Table steps;
	private Button advance;
	private Label actions;
	private List<LocalPlan> shownPlans = List.of();

	@Override
	protected void createContents(Composite parent) {
		Composite top = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
		new Label(top, SWT.NONE).setText(Messages.Tables_plan);
		plans = WidgetIds.tag(new Combo(top, SWT.READ_ONLY), "tables.plan");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(plans);
		plans.addListener(SWT.Selection, e -> refreshNow());
		territory = text(parent, "tables.territory");
		heading(parent, Messages.Tables_members);
		members = table(parent, "tables.members", 6, SWT.SINGLE);
		columns(members, Messages.Tables_member, Messages.Tables_sector, Messages.Tables_institution);
		heading(parent, Messages.Tables_steps);
		progressLabel = text(parent, "tables.progress");
		steps = table(parent, "tables.steps", 7, SWT.SINGLE);
		columns(steps, Messages.Tables_step, Messages.Tables_status, Messages.Tables_date, Messages.Tables_evidence,
				Messages.Tables_overdue);
		steps.addListener(SWT.DefaultSelection, e -> showStep());
		advance = WidgetIds.tag(new Button(parent, SWT.PUSH), "tables.advance");
		advance.setText(Messages.Tables_advance);
		advance.addListener(SWT.Selection, e -> advance());
		heading(parent, Messages.Tables_actions);
		actions = text(parent, "tables.actions");
		Button link = WidgetIds.tag(new Button(parent, SWT.PUSH), "tables.linkActions");
		link.setText(Messages.Tables_linkActions);
		link.addListener(SWT.Selection, e -> {
			int plan = plans.getSelectionIndex();
			if (plan >= 0 && plan < shownPlans.size()) {
				session.showElement(shownPlans.get(plan));
			}
		});
	}

	@Override
	protected void refresh(Workspace workspace) {
		List<LocalPlan> available = new ArrayList<>();
		if (workspace != null) {
			workspace.getTerritorialTables().forEach(t -> available.addAll(t.getLocalPlans()));
		}
		int index = Math.max(0, plans.getSelectionIndex());
		if (!available.equals(shownPlans)) {
			plans.setItems(available.stream().map(p -> Names.code(p) + " — " + Names.of(p)).toArray(String[]::new));
			shownPlans = List.copyOf(available);
		}
		members.removeAll();
		steps.removeAll();
		if (available.isEmpty()) {
			territory.setText(Messages.Tables_none);
			progressLabel.setText("");
			actions.setText("");
			advance.setEnabled(false);
			plans.setToolTipText(null);
			return;
		}
		index = Math.min(index, available.size() - 1);
		plans.select(index);
		plans.setToolTipText(plans.getItem(index));
		LocalPlan plan = available.get(index);
		TerritorialTable table = (TerritorialTable) plan.eContainer();
		territory.setText(NLS.bind(Messages.Tables_territory, new Object[] { Names.of(table),
				table.getDepartment() == null ? "" : Labels.literal(table.getDepartment()), nonNull(table.getMunicipality()),
				hn.siempleo.model.text.Formats.date(table.getInstalledOn()) }));
		for (TableMember member : table.getMembers()) {
			new TableItem(members, SWT.NONE).setText(new String[] { nonNull(member.getName()), nonNull(member.getSector()),
					Names.acronym(member.getInstitution()) });
		}
		pack(members);
		showAllRows(members);
		LocalPlanProgress progress = LocalPlanProgress.of(plan, today());
		progressLabel.setText(NLS.bind(Messages.Tables_progressSummary, new Object[] { progress.doneCount(),
				progress.entries().size(), progress.current() == null ? Messages.Tables_allDone
						: Names.of(progress.current().step()), progress.overdue().size() }));
		for (LocalPlanProgress.Entry entry : progress.entries()) {
			TableItem item = new TableItem(steps, SWT.NONE);
			item.setText(new String[] { entry.step().getOrder() + ". " + Names.of(entry.step()), status(entry.status()),
					hn.siempleo.model.text.Formats.date(entry.date()), entry.evidence(), entry.overdue() ? Messages.Tables_late : "" });
			if (entry.overdue()) {
				item.setForeground(steps.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		}
		pack(steps);
		showAllRows(steps);
		advance.setEnabled(progress.current() != null);
		List<Action> supporting = plan.getSupportingActions();
		actions.setText(supporting.isEmpty() ? Messages.Tables_noActions
				: supporting.stream().map(a -> Names.code(a) + " " + Names.of(a)).collect(Collectors.joining("\n")));
	}

	/** Shows the selected step's record in Propiedades (date, evidence), where it is edited as a command. */
	private void showStep() {
		int plan = plans.getSelectionIndex();
		int row = steps.getSelectionIndex();
		if (plan < 0 || plan >= shownPlans.size() || row < 0) {
			return;
		}
		LocalPlanProgress.Entry entry = LocalPlanProgress.of(shownPlans.get(plan), today()).entries().get(row);
		session.showElement(entry.record() != null ? entry.record() : entry.step());
	}

	private void advance() {
		int index = plans.getSelectionIndex();
		if (index >= 0 && index < shownPlans.size()) {
			execute(NetworkCommands.advance(model().editingDomain(), shownPlans.get(index), today()));
		}
	}

	private static String status(StepStatus status) {
		return Labels.literal(status);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
