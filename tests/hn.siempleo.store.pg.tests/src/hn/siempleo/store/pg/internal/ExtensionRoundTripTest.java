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
	private static EClass center;

	@BeforeAll
	static void register() {
		EcoreFactory f = EcoreFactory.eINSTANCE;
		infop = f.createEPackage();
		infop.setName("infop");
		infop.setNsPrefix("infop");
		infop.setNsURI(NS);
		center = f.createEClass();
		center.setName("CentroInfop");
		center.getESuperTypes().add(SiempleoPackage.eINSTANCE.getInstitution());
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
		center.getEStructuralFeatures().addAll(List.of(seats, modalities, offices));
		infop.getEClassifiers().add(center);
		EPackage.Registry.INSTANCE.put(NS, infop);
	}

	@AfterAll
	static void unregister() {
		EPackage.Registry.INSTANCE.remove(NS);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anExtensionClassRoundTripsAndIsEdited() throws Exception {
		ModelService models = SharedPlanFixture.service(ModelService.class);
		OpenModel local = models.open(models.installShippedDataSet(Files.createTempDirectory("siempleo-ext")), new NullProgressMonitor());
		EObject infopCenter = EcoreUtil.create(center);
		infopCenter.eSet(SiempleoPackage.eINSTANCE.getCoded_Code(), "INFOP-SPS");
		infopCenter.eSet(SiempleoPackage.eINSTANCE.getCoded_Name(), "Centro INFOP San Pedro Sula");
		infopCenter.eSet(center.getEStructuralFeature("plazas"), 120);
		((List<Object>) infopCenter.eGet(center.getEStructuralFeature("modalidades"))).addAll(List.of("presencial", "en línea"));
		((List<Object>) infopCenter.eGet(center.getEStructuralFeature("oficinas"))).addAll(local.workspace().getOffices().subList(0, 3));
		local.workspace().getInstitutions().add(infopCenter);

		SharedPlanFixture plan = SharedPlanFixture.publish(local, "Con extensión");
		OpenModel shared = plan.open("central");
		assertTrue(EcoreUtil.equals(local.workspace(), shared.workspace()), "the extension's objects come back equal");
		EObject loaded = shared.workspace().getInstitutions().stream().filter(i -> i.eClass().getName().equals("CentroInfop"))
				.findFirst().orElseThrow();
		assertEquals(3, ((List<?>) loaded.eGet(center.getEStructuralFeature("oficinas"))).size());

		set(shared, loaded, center.getEStructuralFeature("plazas"), 150);
		assertNull(plan.session(shared).lastRejection());
		OpenModel again = plan.open("central");
		EObject reloaded = again.workspace().getInstitutions().stream().filter(i -> i.eClass() == center).findFirst().orElseThrow();
		assertEquals(150, reloaded.eGet(center.getEStructuralFeature("plazas")));
	}
}
