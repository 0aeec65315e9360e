// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import hn.siempleo.core.OpenModel;
import hn.siempleo.institution.senprende.logic.Referrals;
import hn.siempleo.institution.senprende.logic.Referrals.OfficePeriod;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.ModelSessionListener;
import hn.siempleo.ui.TextColumns;
import hn.siempleo.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/** Emprendimiento SENPRENDE: people referred to SENPRENDE's programmes, by office and period, with totals. */
public final class ReferralsPart {

	private final ModelSessionListener listener = ModelSessionListener.onChange(this::refresh);

	private ModelSession session;
	private Label summary;
	private TableViewer viewer;

	@PostConstruct
	public void create(Composite parent, ModelSession session) {
		this.session = session;
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		summary = WidgetIds.tag(new Label(body, SWT.WRAP), "senprende.summary");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		WidgetIds.tag(viewer.getTable(), "senprende.table");
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TextColumns.add(viewer, OfficePeriod.class, Messages.Part_office, 240, r -> r.office() == null ? "" : r.office().getCode() + " " + r.office().getName()); //$NON-NLS-1$ //$NON-NLS-2$
		TextColumns.add(viewer, OfficePeriod.class, Messages.Part_period, 90, OfficePeriod::period);
		TextColumns.add(viewer, OfficePeriod.class, Messages.Part_programmes, 90, r -> Integer.toString(r.programmes()));
		TextColumns.add(viewer, OfficePeriod.class, Messages.Part_referred, 130, r -> Integer.toString(r.referred()));
		TextColumns.add(viewer, OfficePeriod.class, Messages.Part_started, 160, r -> Integer.toString(r.started()));
		session.addListener(listener);
		refresh();
	}

	@PreDestroy
	public void dispose() {
		session.removeListener(listener);
	}

	private void refresh() {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		OpenModel model = session.current();
		List<OfficePeriod> rows = model == null ? List.of() : Referrals.byOfficeAndPeriod(model.workspace());
		viewer.setInput(rows);
		summary.setText(model == null ? "" : NLS.bind(Messages.Part_summary, new Object[] { //$NON-NLS-1$
				Referrals.programmes(model.workspace()).size(), Referrals.referred(model.workspace()),
				Referrals.started(model.workspace()) }));
	}
}
