// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.institution.senprende.logic.Referrals;
import hn.siempleo.model.Workspace;
import hn.siempleo.ui.dashboard.DashboardFigure;

/** Inicio's Emprendimiento section: programmes, people referred, businesses started, the latest period. */
public final class EntrepreneurshipFigure implements DashboardFigure {

	@Override
	public List<Row> rows(Workspace workspace, LocalDate today) {
		int programmes = Referrals.programmes(workspace).size();
		if (programmes == 0 && Referrals.records(workspace).isEmpty()) {
			return List.of();
		}
		List<Row> rows = new ArrayList<>();
		rows.add(new Row("programmes", Messages.Figure_programmes, Integer.toString(programmes))); //$NON-NLS-1$
		rows.add(new Row("referred", Messages.Figure_referred, Integer.toString(Referrals.referred(workspace)))); //$NON-NLS-1$
		rows.add(new Row("started", Messages.Figure_started, Integer.toString(Referrals.started(workspace)))); //$NON-NLS-1$
		String latest = Referrals.latestPeriod(workspace);
		if (!latest.isEmpty()) {
			rows.add(new Row("latest", NLS.bind(Messages.Figure_latest, latest), //$NON-NLS-1$
					Integer.toString(Referrals.referredIn(workspace, latest))));
		}
		return rows;
	}
}
