// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.internal;

import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;

import hn.siempleo.institution.senprende.logic.Referrals;
import hn.siempleo.model.Workspace;
import hn.siempleo.reports.ReportDataSection;

/**
 * {@code <senprende-referrals>} in the report-data XML: one {@code <row>} per office and period (design
 * {@code senprende-referrals}, row path {@code /siempleo-report/senprende-referrals/row}).
 */
public final class ReferralsReportSection implements ReportDataSection {

	@Override
	public void write(Workspace model, LocalDate asOf, Rows rows) throws XMLStreamException {
		rows.open("senprende-referrals"); //$NON-NLS-1$
		for (Referrals.OfficePeriod row : Referrals.byOfficeAndPeriod(model)) {
			rows.row("row", "office", row.office() == null ? "" : row.office().getCode(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"officeName", row.office() == null ? Messages.Report_noOffice : row.office().getName(), //$NON-NLS-1$
					"period", row.period(), "programmes", row.programmes(), "referred", row.referred(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"started", row.started()); //$NON-NLS-1$
		}
		rows.close("senprende-referrals"); //$NON-NLS-1$
	}
}
