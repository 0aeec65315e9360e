// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.logic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.CourseCatalogue;
import hn.siempleo.model.Agreement;
import hn.siempleo.model.Commitment;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;

/** Read-only queries over INFOP's course catalogue of a model. */
public final class Courses {

	/** INFOP's code and acronym in the core model. */
	public static final String INFOP = "INFOP"; //$NON-NLS-1$

	private Courses() {
	}

	/** Every course of every catalogue of {@code workspace}, in file order. */
	public static List<Course> all(Workspace workspace) {
		List<Course> courses = new ArrayList<>();
		for (CourseCatalogue catalogue : ModelExtensions.roots(workspace, CourseCatalogue.class)) {
			courses.addAll(catalogue.getCourses());
		}
		return courses;
	}

	/**
	 * The courses whose code, name, sector or offices contain {@code text} (case and accents ignored); all when
	 * the text is blank.
	 */
	public static List<Course> search(Workspace workspace, String text) {
		String needle = fold(text == null ? "" : text.strip()); //$NON-NLS-1$
		List<Course> found = new ArrayList<>();
		for (Course course : all(workspace)) {
			if (needle.isEmpty() || fold(haystack(course)).contains(needle)) {
				found.add(course);
			}
		}
		return found;
	}

	/** The courses offered in {@code office}. */
	public static List<Course> offeredIn(Workspace workspace, Office office) {
		return all(workspace).stream().filter(c -> c.getOffices().contains(office)).toList();
	}

	/** INFOP in the core model (by acronym or code), or null. */
	public static Institution infop(Workspace workspace) {
		for (Institution institution : workspace.getInstitutions()) {
			if (INFOP.equals(institution.getAcronym()) || INFOP.equals(institution.getCode())) {
				return institution;
			}
		}
		return null;
	}

	/** Whether some agreement has a commitment of INFOP that covers {@code office}. */
	public static boolean hasInfopCommitment(Workspace workspace, Office office) {
		Institution infop = infop(workspace);
		for (Agreement agreement : workspace.getAgreements()) {
			for (Commitment commitment : agreement.getCommitments()) {
				if (infop != null && commitment.getInstitution() == infop && commitment.getOffices().contains(office)) {
					return true;
				}
			}
		}
		return false;
	}

	/** The names of the offices of a course, comma-separated. */
	public static String officeNames(Course course) {
		return String.join(", ", course.getOffices().stream().map(Office::getName).toList()); //$NON-NLS-1$
	}

	private static String haystack(Course course) {
		return String.join(" ", String.valueOf(course.getCode()), String.valueOf(course.getName()), //$NON-NLS-1$
				String.valueOf(course.getSector()), officeNames(course));
	}

	private static String fold(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "") //$NON-NLS-1$ //$NON-NLS-2$
				.toLowerCase(Locale.ROOT);
	}
}
