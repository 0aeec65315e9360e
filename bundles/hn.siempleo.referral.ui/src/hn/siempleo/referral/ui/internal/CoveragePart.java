// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import hn.siempleo.model.Service;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.text.Labels;
import hn.siempleo.referral.Coverage;
import hn.siempleo.referral.CoverageGap;
import hn.siempleo.referral.Names;
import hn.siempleo.ui.WidgetIds;

/**
 * Cobertura: offices × services (each cell the institutions committed there, or ✔ when only the office
 * gives it, or — when it is not offered), partners present, traditional vs integrated, a schematic of the
 * departments, and the gaps; a double-click on an office or a gap shows the office in the explorer and
 * Propiedades.
 */
public final class CoveragePart extends NetworkPart {

	private Label summary;
	private Table offices;
	private Table gaps;
	private DepartmentMap map;
	private Coverage coverage;

	@Override
	protected void createContents(Composite parent) {
		summary = text(parent, "coverage.summary");
		heading(parent, Messages.Coverage_map);
		map = WidgetIds.tag(new DepartmentMap(parent), "coverage.map");
		heading(parent, Messages.Coverage_offices);
		offices = table(parent, "coverage.offices", 17, SWT.SINGLE);
		heading(parent, Messages.Coverage_gaps);
		gaps = table(parent, "coverage.gaps", 8, SWT.SINGLE);
		columns(gaps, Messages.Coverage_kind, Messages.Coverage_office, Messages.Coverage_detail);
		offices.addListener(SWT.DefaultSelection, e -> {
			int index = offices.getSelectionIndex();
			if (coverage != null && index >= 0) {
				session.showElement(coverage.offices().get(index).office());
			}
		});
		gaps.addListener(SWT.DefaultSelection, e -> {
			int index = gaps.getSelectionIndex();
			if (coverage != null && index >= 0) {
				session.showElement(coverage.gaps().get(index).office());
			}
		});
	}

	@Override
	protected void refresh(Workspace workspace) {
		offices.removeAll();
		gaps.removeAll();
		if (workspace == null) {
			summary.setText(Messages.Referrals_noModel);
			coverage = null;
			map.show(null);
			return;
		}
		coverage = Coverage.of(workspace);
		map.show(coverage);
		summary.setText(NLS.bind(Messages.Coverage_summary, new Object[] { coverage.offices().size(),
				coverage.integratedCount(), coverage.traditionalCount(), coverage.gaps().size() }));
		List<String> headers = new ArrayList<>(List.of(Messages.Coverage_office, Messages.Coverage_department,
				Messages.Coverage_model, Messages.Coverage_partners));
		workspace.getServices().forEach(service -> headers.add(Names.code(service)));
		columns(offices, headers.toArray(String[]::new));
		for (int i = 0; i < workspace.getServices().size(); i++) {
			offices.getColumn(4 + i).setToolTipText(Names.of(workspace.getServices().get(i)));
		}
		for (Coverage.OfficeCoverage row : coverage.offices()) {
			List<String> cells = new ArrayList<>();
			cells.add(Names.code(row.office()) + " " + Names.of(row.office()));
			cells.add(row.office().getDepartment() == null ? "" : Labels.literal(row.office().getDepartment()));
			cells.add(Labels.literal(row.office().getModel()));
			cells.add(row.partners().stream().map(Names::acronym).collect(Collectors.joining(", ")));
			for (Service service : workspace.getServices()) {
				List<String> providers = coverage.providers(row.office(), service).stream().map(Names::acronym).toList();
				cells.add(!row.offers(service) ? (providers.isEmpty() ? "—" : "⚠ " + String.join(", ", providers))
						: providers.isEmpty() ? "✔" : String.join(", ", providers));
			}
			TableItem item = new TableItem(offices, SWT.NONE);
			item.setText(cells.toArray(String[]::new));
			if (!coverage.gaps(row.office()).isEmpty()) {
				item.setForeground(0, offices.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
		}
		pack(offices);
		for (CoverageGap gap : coverage.gaps()) {
			new TableItem(gaps, SWT.NONE).setText(new String[] { gap.kindLabel(), Names.code(gap.office()), gap.describe() });
		}
		pack(gaps);
	}

	/** The coverage shown, for tests. */
	Coverage coverage() {
		return coverage;
	}
}
