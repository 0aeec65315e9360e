// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.extensions.MissingExtension;
import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.InfopPackage;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;

/**
 * A model saved with INFOP data opened by a product without the plug-in: it opens with a warning naming the
 * plug-in, and a save keeps the INFOP data (read back intact once the plug-in is there again). Other unknown
 * namespaces are still refused.
 */
class MissingExtensionTest {

	@TempDir
	Path folder;

	@Test
	void withoutThePluginTheFileOpensWithAWarningAndKeepsTheDataOnSave() throws Exception {
		Path file = InfopFixture.shippedModel(folder);
		Resource resource = InfopFixture.load(file);
		Workspace workspace = (Workspace) resource.getContents().get(0);
		Office office = InfopFixture.officeWithoutInfop(workspace);
		InfopFixture.addCatalogue(workspace, office);
		InfopFixture.save(resource, file);

		Resource without = InfopFixture.loadWithoutInfop(file);
		List<MissingExtension> missing = ModelExtensions.missing(without);
		assertEquals(1, missing.size(), without.getWarnings().toString());
		assertEquals("hn.siempleo.institution.infop", missing.get(0).plugin());
		assertEquals(InfopPackage.eNS_URI, missing.get(0).nsURI());
		assertTrue(missing.get(0).getMessage().contains("hn.siempleo.institution.infop"), missing.get(0).getMessage());
		assertEquals(2, without.getContents().size(), "the catalogue is kept as a root");
		Workspace edited = (Workspace) without.getContents().get(0);
		edited.setName("Editado sin el complemento");
		InfopFixture.save(without, file);
		assertTrue(Files.readString(file).contains(InfopPackage.eNS_URI));

		Resource again = InfopFixture.load(file);
		Workspace back = (Workspace) again.getContents().get(0);
		assertEquals("Editado sin el complemento", back.getName());
		assertTrue(ModelExtensions.missing(again).isEmpty());
		List<Course> courses = Courses.all(back);
		assertEquals(2, courses.size());
		assertEquals("Guía turístico «bilingüe» & anfitrión", courses.get(0).getName());
		assertEquals(240, courses.get(0).getDurationHours());
		assertEquals(office.getId(), courses.get(1).getOffices().get(0).getId());
		assertEquals(office.getName(), courses.get(1).getOffices().get(0).getName(), "resolved to the real office");
	}

	@Test
	void anUnknownNamespaceThatIsNoModelExtensionIsStillRefused() throws Exception {
		Path file = InfopFixture.shippedModel(folder);
		Resource resource = InfopFixture.load(file);
		InfopFixture.addCatalogue((Workspace) resource.getContents().get(0),
				InfopFixture.officeWithoutInfop((Workspace) resource.getContents().get(0)));
		InfopFixture.save(resource, file);
		String text = Files.readString(file).replace(InfopPackage.eNS_URI, "http://example.org/otro/1.0");
		Files.writeString(file, text);
		ModelStoreException refused = assertThrows(ModelStoreException.class, () -> InfopFixture.load(file));
		assertTrue(refused.getMessage().contains("http://example.org/otro/1.0"), refused.getMessage());
	}

	@Test
	void aSchemaLocationIsNeverFollowedForAMissingExtension() throws Exception {
		Path file = InfopFixture.shippedModel(folder);
		Resource resource = InfopFixture.load(file);
		InfopFixture.addCatalogue((Workspace) resource.getContents().get(0),
				InfopFixture.officeWithoutInfop((Workspace) resource.getContents().get(0)));
		InfopFixture.save(resource, file);
		Path schema = folder.resolve("infop.ecore");
		Files.writeString(schema, "<not-read/>");
		String text = Files.readString(file).replace("xmlns:infop=", "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\""
				+ InfopPackage.eNS_URI + " " + schema.toUri() + "\" xmlns:infop=");
		Files.writeString(file, text);
		Files.setLastModifiedTime(schema, java.nio.file.attribute.FileTime.fromMillis(0));
		long before = Files.getLastModifiedTime(schema).toMillis();
		Resource without = InfopFixture.loadWithoutInfop(file);
		assertEquals(1, ModelExtensions.missing(without).size());
		assertEquals(before, Files.getLastModifiedTime(schema).toMillis());
	}
}
