// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.internal;

import org.eclipse.osgi.util.NLS;

import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.logic.Courses;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.validation.ContributedRule;

/** Rule {@code infop.courseOffice}: a course is offered only in offices where INFOP has a commitment. */
public final class CourseOfficeRule implements ContributedRule {

	@Override
	public void check(Workspace workspace, Findings findings) {
		for (Course course : Courses.all(workspace)) {
			for (Office office : course.getOffices()) {
				if (!Courses.hasInfopCommitment(workspace, office)) {
					findings.report(course, NLS.bind(Messages.CourseOfficeRule_message, course.getName(), office.getName()));
				}
			}
		}
	}
}
