// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;

/** A session's life: closing the model through the model service lets go of the server; scoped recordings. */
@ExtendWith(TestServer.class)
class SessionLifecycleTest {

	private static SharedPlanFixture plan;

	@BeforeAll
	static void publish() throws Exception {
		plan = SharedPlanFixture.shippedPlan();
	}

	@Test
	void closingTheModelClosesTheSessionItsConnectionsAndItsListen() throws Exception {
		String office = plan.local().workspace().getOffices().get(0).getCode();
		String role = TestServer.officeRole(office);
		OpenModel model = plan.open(role);
		SharedSession session = (SharedSession) plan.session(model);
		session.followServer(Runnable::run);
		waitFor(() -> listening(role) == 1, "the session listens on the server");
		assertTrue(session.isFollowing());

		plan.models().close(model);

		assertNull(plan.session(model), "the model has no session any more");
		assertFalse(session.isFollowing(), "the thread waiting for notifications has ended");
		waitFor(() -> backends(role) == 0, "no connection of the role is left on the server");
		assertEquals(0, listening(role));
		plan.models().close(model); // twice: nothing happens
	}

	@Test
	void aClosedModelNoLongerSendsItsEdits() throws Exception {
		OpenModel model = plan.open("central");
		Action action = model.workspace().getPlans().get(0).getActions().get(3);
		plan.models().close(model);
		String before = action.getResponsiblePerson();
		SharedPlanFixture.set(model, action, SiempleoPackage.eINSTANCE.getAction_ResponsiblePerson(), "Después de cerrar");
		OpenModel fresh = plan.open("central");
		assertEquals(before, SharedPlanFixture.byId(fresh, action.getId(), Action.class).getResponsiblePerson());
		plan.models().close(fresh);
	}

	/** A recording looks only at what its command touched: an object created by one command is deleted by another. */
	@Test
	void anObjectCreatedByOneCommandIsDeletedByTheNext() throws Exception {
		OpenModel a = plan.open("central");
		Action target = a.workspace().getPlans().get(0).getActions().get(12);
		ProgressReport report = SiempleoFactory.eINSTANCE.createProgressReport();
		report.setProgress(40);
		report.setNote("Creado y luego borrado");
		a.commandStack().execute(AddCommand.create(a.editingDomain(), target,
				SiempleoPackage.eINSTANCE.getAction_ProgressReports(), report, 0));
		assertNull(plan.session(a).lastRejection());
		String id = report.getId();
		OpenModel b = plan.open("central");
		assertTrue(SharedPlanFixture.byId(b, id, ProgressReport.class) != null, "the new report is on the server");

		a.commandStack().execute(DeleteCommand.create(a.editingDomain(), report));
		assertNull(plan.session(a).lastRejection());
		OpenModel c = plan.open("central");
		assertNull(SharedPlanFixture.byId(c, id, ProgressReport.class), "the deleted report is gone from the server");
		assertTrue(plan.session(b).pull() >= 1, "the other session pulls the deletion");
		assertNull(SharedPlanFixture.byId(b, id, ProgressReport.class), "and from the other session");
		plan.models().close(a);
		plan.models().close(b);
		plan.models().close(c);
	}

	private interface Condition {
		boolean holds() throws Exception;
	}

	private static void waitFor(Condition condition, String what) throws Exception {
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.holds()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("not within 10 s: " + what);
			}
			Thread.sleep(50);
		}
	}

	private static int backends(String role) throws SQLException {
		return count("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND usename = ?", role);
	}

	private static int listening(String role) throws SQLException {
		return count("SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND usename = ? AND query ILIKE 'LISTEN%'", role);
	}

	private static int count(String sql, String role) throws SQLException {
		try (Connection c = TestServer.get().connect("postgres"); PreparedStatement st = c.prepareStatement(sql)) {
			st.setString(1, plan.database());
			st.setString(2, role);
			try (ResultSet rs = st.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
	}
}
