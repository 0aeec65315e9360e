// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import hn.siempleo.core.extensions.ModelExtension;
import hn.siempleo.core.extensions.ModelExtensions;
import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.CourseCatalogue;
import hn.siempleo.institution.infop.InfopPackage;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.ReferralDestination;
import hn.siempleo.model.logic.ReferralDestinations;
import hn.siempleo.model.text.Validation;
import hn.siempleo.model.validation.ContributedRules;
import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportService;

/** The INFOP catalogue as a model extension: saved with the model, searched, validated, reported, referred to. */
class CoursesTest {

	@TempDir
	Path folder;

	@Test
	void theCatalogueIsSavedInTheSameFileAndReferencesOffices() throws Exception {
		Path file = InfopFixture.shippedModel(folder);
		Resource resource = InfopFixture.load(file);
		Workspace workspace = (Workspace) resource.getContents().get(0);
		Office office = InfopFixture.officeWithoutInfop(workspace);
		InfopFixture.addCatalogue(workspace, office);
		InfopFixture.save(resource, file);

		String text = Files.readString(file);
		assertTrue(text.contains("xmlns:infop=\"" + InfopPackage.eNS_URI + "\""), "namespace declared");
		Workspace reloaded = (Workspace) InfopFixture.load(file).getContents().get(0);
		List<Course> courses = Courses.all(reloaded);
		assertEquals(2, courses.size());
		assertEquals("Guía turístico «bilingüe» & anfitrión", courses.get(0).getName());
		assertEquals(office.getId(), courses.get(1).getOffices().get(0).getId(), "the office reference survives");
		assertEquals(1, ModelExtensions.roots(reloaded, CourseCatalogue.class).size());
	}

	@Test
	void searchIgnoresCaseAndAccentsAndFindsOffices() throws Exception {
		Workspace workspace = (Workspace) InfopFixture.load(InfopFixture.shippedModel(folder)).getContents().get(0);
		Office office = InfopFixture.officeWithoutInfop(workspace);
		InfopFixture.addCatalogue(workspace, office);
		assertEquals(1, Courses.search(workspace, "GUIA TURISTICO").size());
		assertEquals(1, Courses.search(workspace, "construccion").size());
		assertEquals(2, Courses.search(workspace, " ").size());
		assertEquals("INF-002", Courses.search(workspace, office.getName()).get(0).getCode());
	}

	@Test
	void aCourseInAnOfficeWithoutInfopCommitmentIsReportedByItsRule() throws Exception {
		Workspace workspace = (Workspace) InfopFixture.load(InfopFixture.shippedModel(folder)).getContents().get(0);
		Office office = InfopFixture.officeWithoutInfop(workspace);
		assertNotNull(office, "the shipped data has an office without INFOP commitment");
		InfopFixture.addCatalogue(workspace, office);

		List<Diagnostic> findings = Validation.validate(workspace).getChildren().stream()
				.filter(d -> "infop.courseOffice".equals(ContributedRules.ruleId(d))).toList();
		assertEquals(1, findings.size(), findings.toString());
		assertEquals(Diagnostic.WARNING, findings.get(0).getSeverity());
		assertTrue(findings.get(0).getMessage().contains("Albañilería básica"), findings.get(0).getMessage());
		assertTrue(findings.get(0).getMessage().contains(office.getName()));
		assertTrue(ContributedRules.ids().contains("infop.courseOffice"));
	}

	@Test
	void coursesAreReferralDestinations() throws Exception {
		Workspace workspace = (Workspace) InfopFixture.load(InfopFixture.shippedModel(folder)).getContents().get(0);
		InfopFixture.addCatalogue(workspace, InfopFixture.officeWithoutInfop(workspace));
		List<ReferralDestination> destinations = ReferralDestinations.contributed(workspace);
		assertEquals(2, destinations.size());
		assertEquals("Curso INFOP", destinations.get(0).kind());
		assertEquals(Courses.INFOP, destinations.get(0).institution().getAcronym());
		assertTrue(ReferralDestinations.of(workspace).size() > workspace.getInstitutions().size());
	}

	@Test
	void theModelExtensionIsDeclared() {
		List<ModelExtension> installed = ModelExtensions.installed();
		ModelExtension infop = installed.stream().filter(e -> e.nsURI().equals(InfopPackage.eNS_URI)).findFirst().orElseThrow();
		assertEquals("hn.siempleo.institution.infop", infop.bundle());
		assertEquals("INFOP", infop.institution());
		assertEquals("hn.siempleo.institution.infop", ModelExtensions.bundleOf(InfopPackage.eNS_URI));
	}

	@Test
	void theReportDataHasOneRowPerCourseAndOffice() throws Exception {
		Workspace workspace = (Workspace) InfopFixture.load(InfopFixture.shippedModel(folder)).getContents().get(0);
		Office office = InfopFixture.officeWithoutInfop(workspace);
		InfopFixture.addCatalogue(workspace, office);
		ServiceTracker<ReportService, ReportService> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(CoursesTest.class).getBundleContext(), ReportService.class, null);
		tracker.open();
		try {
			ReportService reports = tracker.waitForService(20_000);
			assertNotNull(reports, "report service");
			assertTrue(reports.designs().stream().anyMatch(d -> d.id().equals("infop-courses")), "design contributed");
			ReportData data = reports.exportData(workspace, LocalDate.of(2025, 3, 1), folder.resolve("datos.xml"));
			String xml = Files.readString(folder.resolve("datos.xml"));
			assertTrue(xml.contains("<infop-courses>"), xml.substring(Math.max(0, xml.length() - 500)));
			assertTrue(xml.contains("course=\"INF-002\""));
			assertTrue(xml.contains("committed=\"No\""));
			assertNotNull(data);
			// the data written for the design alone (as the workbench and the CLI render it) has the plug-in's rows too
			try (ReportData own = reports.exportData(workspace, LocalDate.of(2025, 3, 1), "infop-courses")) {
				String ownXml = Files.readString(own.file());
				assertTrue(ownXml.contains("<infop-courses>") && ownXml.contains("course=\"INF-002\""), ownXml);
				assertTrue(ownXml.length() <= xml.length());
			}
		} finally {
			tracker.close();
		}
	}
}
