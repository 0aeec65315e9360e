// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.internal;

import java.util.List;

import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.logic.Courses;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.ReferralDestination;
import hn.siempleo.model.logic.ReferralDestinationProvider;

/** INFOP's courses as referral destinations of *Red y convenios*. */
public final class CourseDestinations implements ReferralDestinationProvider {

	@Override
	public List<ReferralDestination> destinations(Workspace workspace) {
		Institution infop = Courses.infop(workspace);
		return Courses.all(workspace).stream()
				.map(course -> new ReferralDestination(course, course.getCode(), label(course), infop, Messages.CourseDestinations_kind))
				.toList();
	}

	private static String label(Course course) {
		return course.getCode() == null ? course.getName() : course.getCode() + " " + course.getName(); //$NON-NLS-1$
	}
}
