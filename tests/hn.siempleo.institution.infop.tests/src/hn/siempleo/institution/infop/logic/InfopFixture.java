// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.logic;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.internal.store.XmiFileStore;
import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.CourseCatalogue;
import hn.siempleo.institution.infop.InfopFactory;
import hn.siempleo.institution.infop.Modality;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;

/** The shipped data set with an INFOP catalogue, loaded and saved through the real file store. */
final class InfopFixture {

	static final XmiFileStore STORE = new XmiFileStore();

	private InfopFixture() {
	}

	/** Copies the shipped data set into {@code folder}. */
	static Path shippedModel(Path folder) throws IOException {
		Path file = folder.resolve("modelo.siempleo");
		try (InputStream in = FrameworkUtil.getBundle(XmiFileStore.class).getEntry("data/si-empleo-2024.siempleo").openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	/** Loads a file with every installed package. */
	static Resource load(Path file) throws ModelStoreException {
		return STORE.load(URI.createFileURI(file.toString()), new ResourceSetImpl(), new NullProgressMonitor());
	}

	/** Loads a file as a product without the INFOP plug-in would: only the core package is known. */
	static Resource loadWithoutInfop(Path file) throws ModelStoreException {
		ResourceSet resourceSet = new ResourceSetImpl();
		EPackage.Registry registry = new EPackageRegistryImpl();
		registry.put(SiempleoPackage.eNS_URI, SiempleoPackage.eINSTANCE);
		resourceSet.setPackageRegistry(registry);
		return STORE.load(URI.createFileURI(file.toString()), resourceSet, new NullProgressMonitor());
	}

	static void save(Resource resource, Path file) throws ModelStoreException {
		STORE.save(resource, URI.createFileURI(file.toString()), new NullProgressMonitor());
	}

	/** Adds a catalogue with two courses: one in an office with an INFOP commitment, one in {@code office}. */
	static CourseCatalogue addCatalogue(Workspace workspace, Office office) {
		CourseCatalogue catalogue = InfopFactory.eINSTANCE.createCourseCatalogue();
		catalogue.setPeriod("2025");
		catalogue.getCourses().add(course("INF-001", "Guía turístico «bilingüe» & anfitrión", "Turismo", 240,
				Modality.PRESENCIAL, 25, officeWithInfop(workspace)));
		catalogue.getCourses().add(course("INF-002", "Albañilería básica", "Construcción", 160, Modality.MIXTA, 20, office));
		workspace.eResource().getContents().add(catalogue);
		return catalogue;
	}

	static Course course(String code, String name, String sector, int hours, Modality modality, int seats, Office office) {
		Course course = InfopFactory.eINSTANCE.createCourse();
		course.setCode(code);
		course.setName(name);
		course.setSector(sector);
		course.setDurationHours(hours);
		course.setModality(modality);
		course.setSeats(seats);
		course.getOffices().add(office);
		return course;
	}

	/** An office where INFOP has a commitment in the shipped data. */
	static Office officeWithInfop(Workspace workspace) {
		return workspace.getOffices().stream().filter(o -> Courses.hasInfopCommitment(workspace, o)).findFirst().orElseThrow();
	}

	/** An office where INFOP has no commitment in the shipped data (the last one without one). */
	static Office officeWithoutInfop(Workspace workspace) {
		Office found = null;
		for (Office office : workspace.getOffices()) {
			if (!Courses.hasInfopCommitment(workspace, office)) {
				found = office;
			}
		}
		return found;
	}
}
