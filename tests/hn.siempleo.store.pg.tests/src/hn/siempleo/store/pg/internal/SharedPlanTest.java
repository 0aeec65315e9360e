// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static hn.siempleo.store.pg.internal.SharedPlanFixture.byId;
import static hn.siempleo.store.pg.internal.SharedPlanFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.store.pg.SharedPlan;

/** The shipped plan published, opened in two sessions, edited: kept, merged, rejected and named. */
@ExtendWith(TestServer.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedPlanTest {

	private static final SiempleoPackage P = SiempleoPackage.eINSTANCE;
	private static SharedPlanFixture plan;

	@BeforeAll
	static void publish() throws Exception {
		plan = SharedPlanFixture.shippedPlan();
	}

	private static Action action(OpenModel model, int index) {
		return model.workspace().getPlans().get(0).getActions().get(index);
	}

	@Test
	@Order(1)
	void thePublishedPlanOpensEqualToTheFile() throws Exception {
		OpenModel shared = plan.open("central");
		assertTrue(EcoreUtil.equals(plan.local().workspace(), shared.workspace()),
				() -> SharedPlanFixture.firstDifference(plan.local().resource().getContents(), shared.resource().getContents()));
		assertEquals(83, shared.workspace().getPlans().get(0).getActions().size());
		assertFalse(shared.isDirty());
	}

	@Test
	void editsOfDifferentActionsAreBothKept() throws Exception {
		OpenModel a = plan.open("central");
		OpenModel b = plan.open("central");
		set(a, action(a, 0), P.getAction_Progress(), 41);
		set(b, action(b, 1), P.getAction_ResponsiblePerson(), "Ana Sofía Reyes");
		assertNull(plan.session(a).lastRejection());
		assertNull(plan.session(b).lastRejection());
		assertEquals(1, plan.session(a).pull());
		assertEquals("Ana Sofía Reyes", action(a, 1).getResponsiblePerson());
		OpenModel fresh = plan.open("central");
		assertEquals(41, action(fresh, 0).getProgress());
		assertEquals("Ana Sofía Reyes", action(fresh, 1).getResponsiblePerson());
		assertFalse(a.isDirty(), "a shared plan is saved with each command");
	}

	@Test
	void theSecondEditOfTheSameFieldIsRejectedNamingWhoAndWhat() throws Exception {
		OpenModel a = plan.open("central");
		OpenModel b = plan.open(TestServer.officeRole("OF-01"));
		Action inB = action(b, 2);
		// an action of OF-01 so both may change it
		Action target = a.workspace().getPlans().get(0).getActions().stream()
				.filter(x -> x.getOffices().stream().anyMatch(o -> "OF-01".equals(o.getCode()))).findFirst().orElseThrow();
		inB = byId(b, target.getId(), Action.class);
		set(a, target, P.getAction_Progress(), 11);
		List<SharedPlan.Notice> notices = new ArrayList<>();
		plan.session(b).addListener(notices::add);
		set(b, inB, P.getAction_Progress(), 22);
		SharedPlan.Notice rejection = plan.session(b).lastRejection();
		assertNotNull(rejection, "the second writer is told");
		assertEquals(SharedPlan.Kind.CONFLICT, rejection.kind());
		assertTrue(rejection.message().contains("central"), rejection.message());
		assertTrue(rejection.message().contains("(campos: Avance)"), "the field in the user's words: " + rejection.message());
		assertTrue(rejection.rejectedValues().stream().anyMatch(v -> v.endsWith("Avance = 22")), rejection.rejectedValues().toString());
		assertTrue(rejection.message().contains("Sus valores no guardados: "), rejection.message());
		assertEquals(11, inB.getProgress(), "the rejected session shows the server's value");
		assertFalse(b.commandStack().canUndo(), "the rejected command is not in the history");
		assertTrue(notices.contains(rejection));
		assertEquals(11, action(plan.open("central"), a.workspace().getPlans().get(0).getActions().indexOf(target)).getProgress());
	}

	@Test
	void remoteChangesDropTheUndoEntriesTheyInvalidate() throws Exception {
		OpenModel a = plan.open("central");
		OpenModel b = plan.open("central");
		set(b, action(b, 5), P.getAction_Progress(), 5);
		set(b, action(b, 6), P.getAction_Progress(), 6);
		b.commandStack().undo();
		b.commandStack().redo();
		assertTrue(b.commandStack().canUndo());
		plan.session(a).pull();
		set(a, action(a, 5), P.getAction_Title(), "Otro título");
		List<SharedPlan.Notice> notices = new ArrayList<>();
		plan.session(b).addListener(notices::add);
		plan.session(b).pull();
		assertEquals("Otro título", action(b, 5).getTitle());
		assertTrue(notices.stream().anyMatch(n -> n.kind() == SharedPlan.Kind.REMOTE));
		assertTrue(notices.stream().anyMatch(n -> n.kind() == SharedPlan.Kind.UNDO_DROPPED), notices.toString());
		b.commandStack().undo(); // the edit of action 6 is still undoable, and is sent
		assertNull(plan.session(b).lastRejection());
		assertFalse(b.commandStack().canUndo(), "the edit of action 5 was dropped");
		assertEquals(action(plan.open("central"), 6).getProgress(), action(b, 6).getProgress());
	}

	@Test
	void createdAndDeletedObjectsRoundTrip() throws Exception {
		OpenModel a = plan.open("central");
		Action target = action(a, 10);
		ProgressReport report = SiempleoFactory.eINSTANCE.createProgressReport();
		report.setProgress(55);
		report.setNote("Informe desde la prueba");
		a.commandStack().execute(AddCommand.create(a.editingDomain(), target, P.getAction_ProgressReports(), report, 0));
		assertNull(plan.session(a).lastRejection());
		Action deleted = action(a, 20);
		a.commandStack().execute(DeleteCommand.create(a.editingDomain(), deleted));
		assertNull(plan.session(a).lastRejection());
		OpenModel fresh = plan.open("central");
		assertTrue(EcoreUtil.equals(a.workspace(), fresh.workspace()), "reopened equal after add and delete");
		assertEquals(report.getId(), action(fresh, 10).getProgressReports().get(0).getId());
		a.commandStack().undo();
		assertNull(plan.session(a).lastRejection());
		assertTrue(EcoreUtil.equals(a.workspace(), plan.open("central").workspace()), "undo of the delete is stored too");
	}

	@Test
	void publishingIdsThatAreAlreadyOnTheServerIsRefused() {
		ModelStoreException e = assertThrows(ModelStoreException.class, () -> plan.store().publish(plan.local().resource(),
				plan.address("central"), "Otra copia", new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("identificadores"), e.getMessage());
	}
}
