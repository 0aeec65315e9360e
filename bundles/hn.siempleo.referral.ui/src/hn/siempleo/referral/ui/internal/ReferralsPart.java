// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.referral.Names;
import hn.siempleo.referral.NetworkCommands;
import hn.siempleo.referral.ReferralFilter;
import hn.siempleo.referral.ReferralMatrix;
import hn.siempleo.ui.WidgetIds;
import hn.siempleo.ui.handlers.Shells;

/**
 * Derivaciones: the referral records as a from × to matrix with row and column totals and the share with a
 * known outcome, as a flow diagram, and as a trend by period; filters by office, period and institution; a
 * record added by hand or imported from CSV/XLSX (preview first, one undoable command).
 */
public final class ReferralsPart extends NetworkPart {

	private Combo officeFilter;
	private Combo periodFilter;
	private Combo institutionFilter;
	private Label summary;
	private Table matrixTable;
	private FlowCanvas flow;
	private Table trend;
	private List<Office> offices = List.of();
	private List<String> periods = List.of();
	private List<Institution> institutions = List.of();
	private ReferralMatrix matrix;

	@Override
	protected void createContents(Composite parent) {
		Composite filters = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(6).applyTo(filters);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
		officeFilter = filter(filters, Messages.Referrals_office, "referrals.office");
		periodFilter = filter(filters, Messages.Referrals_period, "referrals.period");
		institutionFilter = filter(filters, Messages.Referrals_institution, "referrals.institution");
		summary = text(parent, "referrals.summary");
		heading(parent, Messages.Referrals_matrix);
		matrixTable = table(parent, "referrals.matrix", 6, SWT.SINGLE);
		heading(parent, Messages.Referrals_flows);
		flow = WidgetIds.tag(new FlowCanvas(parent), "referrals.flow");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, 240).applyTo(flow);
		heading(parent, Messages.Referrals_trend);
		trend = table(parent, "referrals.trend", 6, SWT.SINGLE);
		columns(trend, Messages.Referrals_period, Messages.Referrals_count, Messages.Referrals_known,
				Messages.Referrals_attended);
		Composite buttons = new Composite(parent, SWT.NONE);
		RowLayoutFactory.fillDefaults().spacing(6).applyTo(buttons);
		Button add = WidgetIds.tag(new Button(buttons, SWT.PUSH), "referrals.add");
		add.setText(Messages.Referrals_add);
		add.addListener(SWT.Selection, e -> addByHand());
		Button importButton = WidgetIds.tag(new Button(buttons, SWT.PUSH), "referrals.import");
		importButton.setText(Messages.Referrals_import);
		importButton.addListener(SWT.Selection, e -> ImportFlow.run(Shells.parent(), session, null));
	}

	private Combo filter(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Combo combo = WidgetIds.tag(new Combo(parent, SWT.READ_ONLY), id);
		combo.addListener(SWT.Selection, e -> refreshNow());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	@Override
	protected void refresh(Workspace workspace) {
		if (workspace == null) {
			summary.setText(Messages.Referrals_noModel);
			matrixTable.removeAll();
			trend.removeAll();
			flow.show(null);
			return;
		}
		offices = refill(officeFilter, List.copyOf(workspace.getOffices()), offices, Messages.Referrals_allOffices);
		periods = refillText(periodFilter, ReferralMatrix.periods(workspace), periods);
		institutions = refill(institutionFilter, List.copyOf(workspace.getInstitutions()), institutions,
				Messages.Referrals_allInstitutions);
		ReferralFilter filter = filter();
		matrix = ReferralMatrix.of(workspace, filter);
		summary.setText(NLS.bind(Messages.Referrals_summary, new Object[] { matrix.total(), matrix.known(),
				Percent.of(matrix.knownShare()), matrix.attended() }));
		showMatrix();
		flow.show(matrix);
		trend.removeAll();
		for (ReferralMatrix.PeriodTotal point : ReferralMatrix.trend(workspace, filter)) {
			new TableItem(trend, SWT.NONE).setText(new String[] { point.period(), Integer.toString(point.count()),
					point.count() == 0 ? "—" : Percent.of(point.known() / (double) point.count()),
					Integer.toString(point.attended()) });
		}
		pack(trend);
	}

	/** The filter the combos describe. */
	ReferralFilter filter() {
		int office = officeFilter.getSelectionIndex() - 1;
		int period = periodFilter.getSelectionIndex() - 1;
		int institution = institutionFilter.getSelectionIndex() - 1;
		return new ReferralFilter(null, office >= 0 ? offices.get(office) : null,
				period >= 0 ? periods.get(period) : null, institution >= 0 ? institutions.get(institution) : null);
	}

	private void showMatrix() {
		matrixTable.setRedraw(false);
		matrixTable.removeAll();
		List<String> headers = new ArrayList<>();
		headers.add(Messages.Referrals_fromTo);
		matrix.columns().forEach(to -> headers.add(Names.acronym(to)));
		headers.add(Messages.Referrals_total);
		columns(matrixTable, headers.toArray(String[]::new));
		for (Institution from : matrix.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(Names.acronym(from));
			matrix.columns().forEach(to -> cells.add(Integer.toString(matrix.count(from, to))));
			cells.add(Integer.toString(matrix.rowTotal(from)));
			new TableItem(matrixTable, SWT.NONE).setText(cells.toArray(String[]::new));
		}
		List<String> totals = new ArrayList<>();
		totals.add(Messages.Referrals_total);
		matrix.columns().forEach(to -> totals.add(Integer.toString(matrix.columnTotal(to))));
		totals.add(Integer.toString(matrix.total()));
		TableItem totalRow = new TableItem(matrixTable, SWT.NONE);
		totalRow.setText(totals.toArray(String[]::new));
		totalRow.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		pack(matrixTable);
		matrixTable.setRedraw(true);
	}

	private static <T extends hn.siempleo.model.Coded> List<T> refill(Combo combo, List<T> items, List<T> shown,
			String all) {
		if (items.equals(shown)) {
			return shown;
		}
		String selected = combo.getSelectionIndex() > 0 ? combo.getText() : null;
		List<String> texts = new ArrayList<>();
		texts.add(all);
		items.forEach(item -> texts.add(item instanceof Institution i ? Names.acronym(i) : Names.code(item) + " " + Names.of(item)));
		combo.setItems(texts.toArray(String[]::new));
		combo.select(Math.max(0, selected == null ? 0 : texts.indexOf(selected)));
		return items;
	}

	private static List<String> refillText(Combo combo, List<String> items, List<String> shown) {
		if (items.equals(shown)) {
			return shown;
		}
		String selected = combo.getSelectionIndex() > 0 ? combo.getText() : null;
		List<String> texts = new ArrayList<>();
		texts.add(Messages.Referrals_allPeriods);
		texts.addAll(items);
		combo.setItems(texts.toArray(String[]::new));
		combo.select(Math.max(0, selected == null ? 0 : texts.indexOf(selected)));
		return items;
	}

	private void addByHand() {
		if (model() == null || model().workspace().getAgreements().isEmpty()) {
			return;
		}
		Agreement agreement = model().workspace().getAgreements().get(0);
		AddReferralDialog dialog = new AddReferralDialog(Shells.parent(), agreement);
		if (dialog.open() == Window.OK) {
			execute(NetworkCommands.addReferrals(model().editingDomain(), agreement, List.of(dialog.record())));
		}
	}

	/** The matrix shown, for tests. */
	ReferralMatrix matrix() {
		return matrix;
	}
}
