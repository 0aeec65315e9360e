// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.senprende.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeCatalogue;
import hn.siempleo.institution.senprende.ProgrammeKind;
import hn.siempleo.institution.senprende.ProgrammeReferral;
import hn.siempleo.institution.senprende.SenprendeFactory;
import hn.siempleo.model.Office;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;

/**
 * The SENPRENDE plug-in in the running workbench with the shipped data set: its view sums the people referred
 * by office and period, and Inicio gains its Emprendimiento section; both follow undo.
 */
@ExtendWith(ScreenshotOnFailure.class)
class SenprendeWorkbenchTest {

	private static final String VIEW = "hn.siempleo.institution.senprende.ui.referrals";

	private UiKit ui;
	private ModelSession session;

	@BeforeEach
	void start() {
		ui = UiKit.forWorkbench();
		session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto al arrancar", () -> session.current() != null);
	}

	@AfterEach
	void forgetTheEdits() {
		ui.run(() -> {
			OpenModel model = session.current();
			while (model.commandStack().canUndo()) {
				model.commandStack().undo();
			}
			model.commandStack().flush();
		});
	}

	/** Adds two programmes and four referral records to the open model, as one command. */
	private void addCatalogue() {
		ui.run(() -> {
			OpenModel model = session.current();
			SenprendeFactory factory = SenprendeFactory.eINSTANCE;
			ProgrammeCatalogue catalogue = factory.createProgrammeCatalogue();
			Programme start = programme("SEN-01", "Emprende tu negocio", ProgrammeKind.TRAINING);
			Programme credit = programme("SEN-02", "Crédito semilla", ProgrammeKind.FINANCE);
			catalogue.getProgrammes().addAll(List.of(start, credit));
			Office first = model.workspace().getOffices().get(0);
			Office second = model.workspace().getOffices().get(1);
			catalogue.getReferrals().add(referral(first, "2025-T1", start, 12, 2));
			catalogue.getReferrals().add(referral(first, "2025-T1", credit, 5, 3));
			catalogue.getReferrals().add(referral(first, "2025-T2", start, 7, 1));
			catalogue.getReferrals().add(referral(second, "2025-T1", start, 4, 0));
			model.commandStack().execute(new AddCommand(model.editingDomain(), model.resource().getContents(), catalogue));
		});
	}

	private static Programme programme(String code, String name, ProgrammeKind kind) {
		Programme programme = SenprendeFactory.eINSTANCE.createProgramme();
		programme.setCode(code);
		programme.setName(name);
		programme.setKind(kind);
		return programme;
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

	private void show(String view) {
		ui.run(() -> {
			try {
				var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_PLANNING, window);
				window.getActivePage().showView(view);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	@Test
	void theViewSumsReferralsByOfficeAndPeriodAndFollowsUndo() throws Exception {
		show(VIEW);
		ShellDriver window = ui.workbenchShell();
		assertEquals(0, window.table("senprende.table").rowCount(), "the shipped plan has no SENPRENDE data");

		addCatalogue();

		ui.waitUntil("tres filas oficina × período", () -> window.table("senprende.table").rowCount() == 3);
		String summary = window.label("senprende.summary").text();
		assertTrue(summary.startsWith("2 programas; 28 personas derivadas; 6 emprendimientos iniciados"), summary);
		assertEquals(List.of("2025-T1", "2025-T2", "2025-T1"), window.table("senprende.table").column(1));
		assertEquals("17", window.table("senprende.table").cell(0, 3), "12 + 5 referred at the first office in 2025-T1");

		ui.run(() -> {
			window.widget().setMaximized(false);
			window.widget().setBounds(0, 0, 1366, 768);
		});
		assertTrue(Files.size(ScreenshotOnFailure.captureShell(window.widget(), "senprende.png")) > 10_000);

		ui.run(() -> session.current().commandStack().undo());
		ui.waitUntil("la vista vacía otra vez", () -> window.table("senprende.table").rowCount() == 0);
	}

	@Test
	void inicioShowsTheEntrepreneurshipSectionOnlyWithData() {
		show(WorkbenchIds.VIEW_INICIO);
		ShellDriver window = ui.workbenchShell();
		ui.waitUntil("Inicio dibujado", () -> window.hasId("inicio.section.actions"));
		assertFalse(window.hasId("inicio.senprende.referred"), "no section without SENPRENDE data");

		addCatalogue();

		ui.waitUntil("la sección Emprendimiento", () -> window.hasId("inicio.senprende.referred"));
		assertEquals("28", window.label("inicio.senprende.referred").text());
		assertEquals("6", window.label("inicio.senprende.started").text());
		assertEquals("7", window.label("inicio.senprende.latest").text(), "people referred in 2025-T2");
	}
}
