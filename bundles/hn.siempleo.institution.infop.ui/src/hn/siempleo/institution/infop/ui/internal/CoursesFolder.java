// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.ui.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import hn.siempleo.institution.infop.logic.Courses;
import hn.siempleo.model.Workspace;
import hn.siempleo.ui.ExplorerFolder;

/** The explorer's folder "Cursos INFOP": every course of the catalogue. */
public final class CoursesFolder implements ExplorerFolder {

	@Override
	public List<? extends EObject> elements(Workspace workspace) {
		return Courses.all(workspace);
	}
}
