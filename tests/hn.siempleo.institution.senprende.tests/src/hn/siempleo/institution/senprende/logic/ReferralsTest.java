// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.logic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import hn.siempleo.core.internal.store.XmiFileStore;
import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeCatalogue;
import hn.siempleo.institution.senprende.ProgrammeKind;
import hn.siempleo.institution.senprende.ProgrammeReferral;
import hn.siempleo.institution.senprende.SenprendeFactory;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.reports.ReportService;

/** SENPRENDE's programmes and referrals: saved with the model, aggregated by office and period, reported. */
class ReferralsTest {

	private static final XmiFileStore STORE = new XmiFileStore();

	@TempDir
	Path folder;

	private Workspace shipped() throws Exception {
		Path file = folder.resolve("modelo.siempleo");
		try (InputStream in = FrameworkUtil.getBundle(XmiFileStore.class).getEntry("data/si-empleo-2024.siempleo").openStream()) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return (Workspace) STORE.load(URI.createFileURI(file.toString()), new ResourceSetImpl(), new NullProgressMonitor())
				.getContents().get(0);
	}

	private static void addCatalogue(Workspace workspace) {
		SenprendeFactory factory = SenprendeFactory.eINSTANCE;
		ProgrammeCatalogue catalogue = factory.createProgrammeCatalogue();
		Programme start = factory.createProgramme();
		start.setCode("SEN-01");
		start.setName("Emprende tu negocio");
		start.setKind(ProgrammeKind.TRAINING);
		Programme credit = factory.createProgramme();
		credit.setCode("SEN-02");
		credit.setName("Crédito semilla");
		credit.setKind(ProgrammeKind.FINANCE);
		catalogue.getProgrammes().addAll(List.of(start, credit));
		Office first = workspace.getOffices().get(0);
		Office second = workspace.getOffices().get(1);
		catalogue.getReferrals().add(referral(first, "2025-T1", start, 12, 2));
		catalogue.getReferrals().add(referral(first, "2025-T1", credit, 5, 3));
		catalogue.getReferrals().add(referral(first, "2025-T2", start, 7, 1));
		catalogue.getReferrals().add(referral(second, "2025-T1", start, 4, 0));
		workspace.eResource().getContents().add(catalogue);
	}

	private static ProgrammeReferral referral(Office office, String period, Programme programme, int referred, int started) {
		ProgrammeReferral referral = SenprendeFactory.eINSTANCE.createProgrammeReferral();
		referral.setOffice(office);
		referral.setPeriod(period);
		referral.setProgramme(programme);
		referral.setReferred(referred);
		referral.setStarted(started);
		return referral;
	}

	@Test
	void referralsAreSummedByOfficeAndPeriod() throws Exception {
		Workspace workspace = shipped();
		addCatalogue(workspace);
		List<Referrals.OfficePeriod> rows = Referrals.byOfficeAndPeriod(workspace);
		assertEquals(3, rows.size());
		Referrals.OfficePeriod firstT1 = rows.stream()
				.filter(r -> r.office() == workspace.getOffices().get(0) && r.period().equals("2025-T1")).findFirst().orElseThrow();
		assertEquals(2, firstT1.programmes());
		assertEquals(17, firstT1.referred());
		assertEquals(5, firstT1.started());
		assertEquals(28, Referrals.referred(workspace));
		assertEquals(6, Referrals.started(workspace));
		assertEquals("2025-T2", Referrals.latestPeriod(workspace));
		assertEquals(7, Referrals.referredIn(workspace, "2025-T2"));
	}

	@Test
	void theCatalogueIsSavedWithTheModel() throws Exception {
		Workspace workspace = shipped();
		addCatalogue(workspace);
		Resource resource = workspace.eResource();
		Path file = folder.resolve("guardado.siempleo");
		STORE.save(resource, URI.createFileURI(file.toString()), new NullProgressMonitor());
		Workspace back = (Workspace) STORE.load(URI.createFileURI(file.toString()), new ResourceSetImpl(),
				new NullProgressMonitor()).getContents().get(0);
		assertEquals(28, Referrals.referred(back));
		assertEquals("Crédito semilla", Referrals.programmes(back).get(1).getName());
		assertEquals(back.getOffices().get(1), Referrals.records(back).get(3).getOffice());
	}

	@Test
	void theReportDataHasOneRowPerOfficeAndPeriod() throws Exception {
		Workspace workspace = shipped();
		addCatalogue(workspace);
		ServiceTracker<ReportService, ReportService> tracker = new ServiceTracker<>(
				FrameworkUtil.getBundle(ReferralsTest.class).getBundleContext(), ReportService.class, null);
		tracker.open();
		try {
			ReportService reports = tracker.waitForService(20_000);
			assertNotNull(reports);
			assertTrue(reports.designs().stream().anyMatch(d -> d.id().equals("senprende-referrals")));
			reports.exportData(workspace, LocalDate.of(2025, 7, 1), folder.resolve("datos.xml"));
			String xml = Files.readString(folder.resolve("datos.xml"));
			assertTrue(xml.contains("<senprende-referrals>"));
			assertTrue(xml.contains("period=\"2025-T2\" programmes=\"1\" referred=\"7\" started=\"1\""), xml);
		} finally {
			tracker.close();
		}
	}
}
