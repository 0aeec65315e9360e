// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.internal;

import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;

import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.logic.Courses;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.reports.ReportDataSection;

/**
 * {@code <infop-courses>} in the report-data XML: one {@code <offer>} row per course and office (design
 * {@code infop-courses}, row path {@code /siempleo-report/infop-courses/offer}).
 */
public final class CoursesReportSection implements ReportDataSection {

	@Override
	public void write(Workspace model, LocalDate asOf, Rows rows) throws XMLStreamException {
		rows.open("infop-courses"); //$NON-NLS-1$
		for (Office office : model.getOffices()) {
			boolean committed = Courses.hasInfopCommitment(model, office);
			for (Course course : Courses.offeredIn(model, office)) {
				rows.row("offer", "office", office.getCode(), "officeName", office.getName(), "course", course.getCode(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						"courseName", course.getName(), "sector", course.getSector(), "hours", course.getDurationHours(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"modality", Labels.modality(course.getModality()), "seats", course.getSeats(), //$NON-NLS-1$ //$NON-NLS-2$
						"committed", committed ? Messages.Report_yes : Messages.Report_no); //$NON-NLS-1$
			}
		}
		rows.close("infop-courses"); //$NON-NLS-1$
	}
}
