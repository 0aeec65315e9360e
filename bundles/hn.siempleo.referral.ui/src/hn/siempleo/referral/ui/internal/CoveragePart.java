// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
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
 * Propiedades. It fits the centre of Red y convenios on a 1366×768 laptop: the map's tiles flow into the
 * width, and the offices' names stay in view while their services scroll sideways within the matrix.
 */
public final class CoveragePart extends NetworkPart {

	private Label summary;
	private PinnedColumnTable offices;
	private Table gaps;
	private DepartmentMap map;
	private Coverage coverage;

	@Override
	protected void createContents(Composite parent) {
		summary = text(parent, "coverage.summary");
		heading(parent, Messages.Coverage_map);
		map = WidgetIds.tag(new DepartmentMap(parent), "coverage.map");
		GridDataFactory.fillDefaults().grab(true, false).minSize(map.minimumWidth(), 0).applyTo(map);
		heading(parent, Messages.Coverage_offices);
		offices = new PinnedColumnTable(parent, "coverage.officeNames", "coverage.offices");
		columns(offices.pinned(), Messages.Coverage_office);
		heading(parent, Messages.Coverage_gaps);
		gaps = table(parent, "coverage.gaps", 8, SWT.SINGLE);
		columns(gaps, Messages.Coverage_kind, Messages.Coverage_office, Messages.Coverage_detail);
		offices.onOpen(row -> {
			if (coverage != null) {
				session.showElement(coverage.offices().get(row).office());
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
		offices.pinned().removeAll();
		offices.scrolling().removeAll();
		gaps.removeAll();
		if (workspace == null) {
			summary.setText(Messages.Referrals_noModel);
			coverage = null;
			map.show(null);
			offices.fit();
			return;
		}
		coverage = Coverage.of(workspace);
		map.show(coverage);
		summary.setText(NLS.bind(Messages.Coverage_summary, new Object[] { coverage.offices().size(),
				coverage.integratedCount(), coverage.traditionalCount(), coverage.gaps().size() }));
		List<String> headers = new ArrayList<>(
				List.of(Messages.Coverage_department, Messages.Coverage_model, Messages.Coverage_partners));
		workspace.getServices().forEach(service -> headers.add(Names.code(service)));
		Table cells = offices.scrolling();
		columns(cells, headers.toArray(String[]::new));
		for (int i = 0; i < workspace.getServices().size(); i++) {
			cells.getColumn(3 + i).setToolTipText(Names.of(workspace.getServices().get(i)));
		}
		for (Coverage.OfficeCoverage row : coverage.offices()) {
			TableItem name = new TableItem(offices.pinned(), SWT.NONE);
			name.setText(Names.code(row.office()) + " " + Names.of(row.office()));
			if (!coverage.gaps(row.office()).isEmpty()) {
				name.setForeground(offices.pinned().getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			}
			List<String> texts = new ArrayList<>();
			texts.add(row.office().getDepartment() == null ? "" : Labels.literal(row.office().getDepartment()));
			texts.add(Labels.literal(row.office().getModel()));
			texts.add(row.partners().stream().map(Names::acronym).collect(Collectors.joining(", ")));
			for (Service service : workspace.getServices()) {
				List<String> providers = coverage.providers(row.office(), service).stream().map(Names::acronym).toList();
				texts.add(!row.offers(service) ? (providers.isEmpty() ? "—" : "⚠ " + String.join(", ", providers))
						: providers.isEmpty() ? "✔" : String.join(", ", providers));
			}
			new TableItem(cells, SWT.NONE).setText(texts.toArray(String[]::new));
		}
		pack(offices.pinned());
		pack(cells);
		offices.fit();
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
