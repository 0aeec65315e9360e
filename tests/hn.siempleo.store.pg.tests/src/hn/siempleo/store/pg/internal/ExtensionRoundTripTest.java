// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static hn.siempleo.store.pg.internal.SharedPlanFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.SiempleoPackage;

/**
 * A plug-in's model extension (here a dynamic EPackage, as an institution plug-in would contribute) is stored
 * without a schema change and comes back equal; its objects are edited like any other.
 */
@ExtendWith(TestServer.class)
class ExtensionRoundTripTest {

	private static final String NS = "http://siempleo.hn/test/infop/1.0";
	private static EPackage infop;
	private static EClass catalogue;
	private static EClass course;
	private static EClass center;

	private static EAttribute id(EcoreFactory f) {
		EAttribute id = f.createEAttribute();
		id.setName("id");
		id.setID(true);
		id.setEType(EcorePackage.eINSTANCE.getEString());
		return id;
	}

	private static EAttribute text(EcoreFactory f, String name) {
		EAttribute text = f.createEAttribute();
		text.setName(name);
		text.setEType(EcorePackage.eINSTANCE.getEString());
		return text;
	}

	@BeforeAll
	static void register() {
		EcoreFactory f = EcoreFactory.eINSTANCE;
		infop = f.createEPackage();
		infop.setName("infop");
		infop.setNsPrefix("infop");
		infop.setNsURI(NS);
		course = f.createEClass();
		course.setName("Curso");
		course.getEStructuralFeatures().addAll(List.of(id(f), text(f, "codigo"), text(f, "nombre")));
		EAttribute seats = f.createEAttribute();
		seats.setName("plazas");
		seats.setEType(EcorePackage.eINSTANCE.getEInt());
		EAttribute modalities = f.createEAttribute();
		modalities.setName("modalidades");
		modalities.setEType(EcorePackage.eINSTANCE.getEString());
		modalities.setUpperBound(-1);
		EReference offices = f.createEReference();
		offices.setName("oficinas");
		offices.setEType(SiempleoPackage.eINSTANCE.getOffice());
		offices.setUpperBound(-1);
		course.getEStructuralFeatures().addAll(List.of(seats, modalities, offices));
		catalogue = f.createEClass();
		catalogue.setName("CatalogoCursos");
		catalogue.getEStructuralFeatures().add(id(f));
		EReference courses = f.createEReference();
		courses.setName("cursos");
		courses.setEType(course);
		courses.setContainment(true);
		courses.setUpperBound(-1);
		catalogue.getEStructuralFeatures().add(courses);
		center = f.createEClass();
		center.setName("CentroInfop");
		center.getESuperTypes().add(SiempleoPackage.eINSTANCE.getInstitution());
		EAttribute workshops = f.createEAttribute();
		workshops.setName("talleres");
		workshops.setEType(EcorePackage.eINSTANCE.getEInt());
		center.getEStructuralFeatures().add(workshops);
		infop.getEClassifiers().addAll(List.of(catalogue, course, center));
		EPackage.Registry.INSTANCE.put(NS, infop);
	}

	@AfterAll
	static void unregister() {
		EPackage.Registry.INSTANCE.remove(NS);
	}

	/** A model extension as institution plug-ins contribute it: a root of its own beside the workspace. */
	@Test
	@SuppressWarnings("unchecked")
	void anExtensionRootRoundTripsAndIsEdited() throws Exception {
		ModelService models = SharedPlanFixture.service(ModelService.class);
		OpenModel local = models.open(models.installShippedDataSet(Files.createTempDirectory("siempleo-ext")), new NullProgressMonitor());
		EObject root = EcoreUtil.create(catalogue);
		for (int i = 0; i < 3; i++) {
			EObject c = EcoreUtil.create(course);
			c.eSet(course.getEStructuralFeature("codigo"), "INFOP-" + i);
			c.eSet(course.getEStructuralFeature("nombre"), "Curso número " + i);
			c.eSet(course.getEStructuralFeature("plazas"), 20 + i);
			((List<Object>) c.eGet(course.getEStructuralFeature("modalidades"))).addAll(List.of("presencial", "en línea"));
			((List<Object>) c.eGet(course.getEStructuralFeature("oficinas"))).addAll(local.workspace().getOffices().subList(i, i + 2));
			((List<Object>) root.eGet(catalogue.getEStructuralFeature("cursos"))).add(c);
		}
		local.resource().getContents().add(root);
		// a plug-in class that extends a core class lives in the core's lists
		hn.siempleo.model.Institution infopCenter = (hn.siempleo.model.Institution) EcoreUtil.create(center);
		infopCenter.setCode("INFOP-CFP");
		infopCenter.setName("Centro de Formación Profesional INFOP");
		infopCenter.eSet(center.getEStructuralFeature("talleres"), 12);
		local.workspace().getInstitutions().add(infopCenter);

		SharedPlanFixture plan = SharedPlanFixture.publish(local, "Con extensión");
		OpenModel shared = plan.open("central");
		assertEquals(2, shared.resource().getContents().size(), "the extension's root comes back beside the workspace");
		assertTrue(EcoreUtil.equals(local.resource().getContents(), shared.resource().getContents()),
				() -> SharedPlanFixture.firstDifference(local.resource().getContents(), shared.resource().getContents()));
		assertEquals(12, shared.workspace().getInstitutions().stream().filter(i -> i.eClass() == center).findFirst().orElseThrow()
				.eGet(center.getEStructuralFeature("talleres")));
		EObject loaded = ((List<EObject>) shared.resource().getContents().get(1).eGet(catalogue.getEStructuralFeature("cursos"))).get(1);
		assertEquals(2, ((List<?>) loaded.eGet(course.getEStructuralFeature("oficinas"))).size());

		set(shared, loaded, course.getEStructuralFeature("plazas"), 150);
		assertNull(plan.session(shared).lastRejection());
		EObject added = EcoreUtil.create(course);
		added.eSet(course.getEStructuralFeature("codigo"), "INFOP-NUEVO");
		shared.commandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(shared.editingDomain(),
				shared.resource().getContents().get(1), catalogue.getEStructuralFeature("cursos"), added, 0));
		assertNull(plan.session(shared).lastRejection());
		OpenModel again = plan.open("central");
		assertTrue(EcoreUtil.equals(shared.resource().getContents(), again.resource().getContents()),
				() -> SharedPlanFixture.firstDifference(shared.resource().getContents(), again.resource().getContents()));
		assertEquals(150, ((List<EObject>) again.resource().getContents().get(1).eGet(catalogue.getEStructuralFeature("cursos"))).get(2)
				.eGet(course.getEStructuralFeature("plazas")));
	}
}
