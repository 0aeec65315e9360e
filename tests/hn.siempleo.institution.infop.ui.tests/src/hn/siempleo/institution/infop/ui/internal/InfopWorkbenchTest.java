// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.institution.infop.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.CourseCatalogue;
import hn.siempleo.institution.infop.InfopFactory;
import hn.siempleo.institution.infop.Modality;
import hn.siempleo.institution.infop.logic.Courses;
import hn.siempleo.model.Agreement;
import hn.siempleo.model.Office;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.Workspace;
import hn.siempleo.referral.ui.ReferralUiIds;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;
import hn.siempleo.ui.ModelSession;

/**
 * The INFOP plug-in in the running workbench with the shipped data set: its Cursos INFOP view searches the
 * catalogue, and a course is offered as the destination of a referral to INFOP in Red y convenios.
 */
@ExtendWith(ScreenshotOnFailure.class)
class InfopWorkbenchTest {

	private static final String COURSES_VIEW = "hn.siempleo.institution.infop.ui.courses";

	private UiKit ui;
	private ModelSession session;
	private CourseCatalogue catalogue;

	@BeforeEach
	void openModelWithACatalogue() {
		ui = UiKit.forWorkbench();
		session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto al arrancar", () -> session.current() != null);
		catalogue = ui.call(() -> {
			OpenModel model = session.current();
			Workspace workspace = model.workspace();
			CourseCatalogue added = InfopFactory.eINSTANCE.createCourseCatalogue();
			added.setPeriod("2025");
			added.getCourses().add(course("INF-101", "Guía turístico bilingüe", "Turismo", workspace.getOffices().get(0)));
			added.getCourses().add(course("INF-102", "Albañilería básica", "Construcción", workspace.getOffices().get(1)));
			Command add = new AddCommand(model.editingDomain(), model.resource().getContents(), added);
			model.commandStack().execute(add);
			return added;
		});
	}

	@AfterEach
	void removeTheCatalogue() {
		ui.run(() -> {
			OpenModel model = session.current();
			if (catalogue.eResource() != null) {
				model.commandStack().execute(new RemoveCommand(model.editingDomain(), model.resource().getContents(), catalogue));
			}
			model.commandStack().flush();
		});
	}

	private static Course course(String code, String name, String sector, Office office) {
		Course course = InfopFactory.eINSTANCE.createCourse();
		course.setCode(code);
		course.setName(name);
		course.setSector(sector);
		course.setDurationHours(120);
		course.setModality(Modality.PRESENCIAL);
		course.setSeats(20);
		course.getOffices().add(office);
		return course;
	}

	private void show(String perspective, String view) {
		ui.run(() -> {
			try {
				var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
				PlatformUI.getWorkbench().showPerspective(perspective, window);
				window.getActivePage().showView(view);
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
	}

	@Test
	void theCoursesViewListsTheCatalogueAndSearchesItIgnoringAccents() throws Exception {
		show(WorkbenchIds.PERSPECTIVE_PLANNING, COURSES_VIEW);
		ShellDriver window = ui.workbenchShell();
		ui.waitUntil("los dos cursos", () -> window.table("infop.courses.table").rowCount() == 2);
		assertEquals(List.of("INF-101", "INF-102"), window.table("infop.courses.table").column(0));
		ui.waitUntil("la carpeta del explorador cuenta los cursos",
				() -> window.tree("explorer.tree").rootTexts().contains("Cursos INFOP (2)"));
		assertEquals(2, window.tree("explorer.tree").childTexts("Cursos INFOP (2)").size());

		window.text("infop.courses.search").type("albanileria");

		ui.waitUntil("solo el curso de albañilería", () -> window.table("infop.courses.table").rowCount() == 1);
		assertEquals("INF-102", window.table("infop.courses.table").cell(0, 0));
		assertTrue(window.label("infop.courses.summary").text().contains("1"), window.label("infop.courses.summary").text());
		window.text("infop.courses.search").type("");
		ui.waitUntil("los dos otra vez", () -> window.table("infop.courses.table").rowCount() == 2);

		ui.run(() -> {
			window.widget().setMaximized(false);
			window.widget().setBounds(0, 0, 1366, 768);
		});
		assertTrue(Files.size(ScreenshotOnFailure.captureShell(window.widget(), "infop-cursos.png")) > 10_000);
	}

	@Test
	void aReferralToInfopCanNameACourseAsItsDestinationAndUndoRemovesIt() {
		show(WorkbenchIds.PERSPECTIVE_NETWORK, ReferralUiIds.VIEW_REFERRALS);
		Agreement agreement = ui.call(() -> session.current().workspace().getAgreements().get(0));
		int before = ui.call(() -> agreement.getReferrals().size());
		ShellDriver window = ui.workbenchShell();

		window.buttonById("referrals.add").click();
		ShellDriver dialog = ui.shell("Agregar registro de derivaciones");
		dialog.combo("addReferral.office").select(ui.call(() -> {
			Office office = session.current().workspace().getOffices().get(0);
			return office.getCode() + " " + office.getName();
		}));
		dialog.text("addReferral.period").type("2025-T1");
		dialog.combo("addReferral.from").select("SETRASS");
		dialog.combo("addReferral.to").select("SENPRENDE");
		assertEquals(List.of("(la institución)"), dialog.combo("addReferral.destination").items(),
				"SENPRENDE has no contributed destination here");
		dialog.combo("addReferral.to").select("INFOP");
		assertEquals(List.of("(la institución)", "Curso INFOP: INF-101 Guía turístico bilingüe",
				"Curso INFOP: INF-102 Albañilería básica"), dialog.combo("addReferral.destination").items());
		dialog.combo("addReferral.destination").select("Curso INFOP: INF-102 Albañilería básica");
		dialog.combo("addReferral.service").select("Derivación interinstitucional");
		Spinner count = dialog.byId(Spinner.class, "addReferral.count");
		ui.run(() -> {
			count.setSelection(3);
			count.notifyListeners(SWT.Modify, new Event());
		});
		dialog.combo("addReferral.outcome").select("Atendida");
		dialog.button("Agregar").click();
		ui.waitUntilClosed(dialog);

		ui.waitUntil("el registro agregado", () -> agreement.getReferrals().size() == before + 1);
		ReferralRecord record = ui.call(() -> agreement.getReferrals().get(agreement.getReferrals().size() - 1));
		Course albanileria = ui.call(() -> Courses.all(session.current().workspace()).get(1));
		assertSame(albanileria, ui.call(record::getDestination));
		assertSame(ui.call(() -> Courses.infop(session.current().workspace())), ui.call(record::getTo));

		ui.run(() -> session.current().commandStack().undo());
		ui.waitUntil("el registro quitado", () -> agreement.getReferrals().size() == before);
		assertFalse(ui.call(() -> agreement.getReferrals().contains(record)));
		assertNull(ui.call(() -> record.eContainer()));
	}
}
