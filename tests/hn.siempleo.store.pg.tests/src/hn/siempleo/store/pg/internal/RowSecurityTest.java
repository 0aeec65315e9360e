// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static hn.siempleo.store.pg.internal.SharedPlanFixture.byId;
import static hn.siempleo.store.pg.internal.SharedPlanFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.Office;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.store.pg.SharedPlan;

/**
 * Rights are the database's: an office role changes only its office's actions, progress reports and referral
 * records, whatever the client sends (raw SQL included), and reads everything.
 */
@ExtendWith(TestServer.class)
class RowSecurityTest {

	private static final SiempleoPackage P = SiempleoPackage.eINSTANCE;
	private static final String OFFICE = "OF-01";
	private static SharedPlanFixture plan;
	private static Action own;
	private static Action foreign;
	private static ReferralRecord ownReferral;
	private static Office otherOffice;

	@BeforeAll
	static void publish() throws Exception {
		plan = SharedPlanFixture.shippedPlan();
		var actions = plan.local().workspace().getPlans().get(0).getActions();
		own = actions.stream().filter(a -> codes(a).contains(OFFICE)).findFirst().orElseThrow();
		foreign = actions.stream().filter(a -> !a.getOffices().isEmpty() && !codes(a).contains(OFFICE)).findFirst().orElseThrow();
		ownReferral = plan.local().workspace().getAgreements().stream().flatMap(a -> a.getReferrals().stream())
				.filter(r -> r.getOffice() != null && OFFICE.equals(r.getOffice().getCode())).findFirst().orElseThrow();
		otherOffice = plan.local().workspace().getOffices().stream().filter(o -> !OFFICE.equals(o.getCode())).findFirst().orElseThrow();
	}

	private static java.util.List<String> codes(Action action) {
		return action.getOffices().stream().map(Office::getCode).toList();
	}

	private static Connection office() throws SQLException {
		return TestServer.get().connect(plan.database(), TestServer.officeRole(OFFICE));
	}

	private static int update(Connection c, String id, String attrs) throws SQLException {
		try (PreparedStatement st = c.prepareStatement(
				"UPDATE siempleo.object SET attrs = attrs || ?::jsonb WHERE id = ?::uuid")) {
			st.setString(1, attrs);
			st.setString(2, id);
			return st.executeUpdate();
		}
	}

	@Test
	void rawSqlOfAnOfficeRoleCannotWriteAnotherOfficesAction() throws SQLException {
		try (Connection c = office()) {
			assertEquals(0, update(c, foreign.getId(), "{\"progress\": \"99\"}"), "the row is not writable for this role");
			assertEquals(1, update(c, own.getId(), "{\"note\": \"x\"}"), "its own action is");
			try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
					"SELECT attrs->>'progress' FROM siempleo.object WHERE id = '" + foreign.getId() + "'")) {
				assertTrue(rs.next(), "other offices' rows are readable");
				assertEquals(String.valueOf(foreign.getProgress()), rs.getString(1));
			}
			// moving its own referral record to another office fails the policy's check
			try (PreparedStatement st = c.prepareStatement(
					"UPDATE siempleo.object SET refs = jsonb_set(refs, '{office}', to_jsonb(?::text)) WHERE id = ?::uuid")) {
				st.setString(1, otherOffice.getId());
				st.setString(2, ownReferral.getId());
				SQLException e = assertThrows(SQLException.class, st::executeUpdate);
				assertEquals(PlanTables.SQLSTATE_RLS, e.getSQLState());
			}
		}
	}

	@Test
	void rawSqlOfAnOfficeRoleCannotInsertForAnotherOfficeNorForgeItsOffices() throws SQLException {
		try (Connection c = office(); PreparedStatement st = c.prepareStatement(
				"INSERT INTO siempleo.object (id, plan_id, eclass, container, feature, attrs, refs, offices)"
						+ " SELECT gen_random_uuid(), plan_id, 'http://siempleo.hn/model/1.1#//ReferralRecord', container, feature,"
						+ " '{}', jsonb_build_object('office', ?::text), ?::uuid[] FROM siempleo.object WHERE id = ?::uuid")) {
			st.setString(1, otherOffice.getId());
			st.setString(2, "{" + plan.local().workspace().getOffices().get(0).getId() + "}");
			st.setString(3, ownReferral.getId());
			SQLException e = assertThrows(SQLException.class, st::executeUpdate);
			assertEquals(PlanTables.SQLSTATE_RLS, e.getSQLState(), "the offices column is computed by the server");
		}
		try (Connection c = office(); Statement st = c.createStatement()) {
			assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM siempleo.object"));
			assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO siempleo.change_log (plan_id, object_id, eclass, offices, feature)"
					+ " VALUES (gen_random_uuid(), gen_random_uuid(), 'x', '{}', 'x')"));
		}
	}

	@Test
	void theClientIsToldAndTheCommandTakenBack() throws Exception {
		OpenModel model = plan.open(TestServer.officeRole(OFFICE));
		SharedPlan session = plan.session(model);
		Action foreignHere = byId(model, foreign.getId(), Action.class);
		assertNotNull(session.whyReadOnly(foreignHere), "the UI can grey it out and say why");
		assertNull(session.whyReadOnly(byId(model, own.getId(), Action.class)));
		String why = plan.models().whyReadOnly(model, foreignHere);
		assertTrue(why.startsWith("Solo lectura: Acción ") && why.contains(codes(foreign).get(0))
				&& why.contains(TestServer.officeRole(OFFICE)) && why.contains("la oficina " + OFFICE), why);
		assertNull(plan.models().whyReadOnly(model, byId(model, own.getId(), Action.class)), "its own office's action");
		if (!foreignHere.getProgressReports().isEmpty()) {
			assertNotNull(plan.models().whyReadOnly(model, foreignHere.getProgressReports().get(0)), "reports follow their action");
		}
		String office = plan.models().whyReadOnly(model, model.workspace().getOffices().get(0));
		assertTrue(office != null && office.contains("dirección central"), office);
		OpenModel central = plan.open("central");
		assertNull(plan.models().whyReadOnly(central, byId(central, foreign.getId(), Action.class)), "central changes all");
		assertNull(plan.models().whyReadOnly(plan.local(), plan.local().workspace().getOffices().get(0)), "a file is never read only");
		plan.models().close(central);
		int before = foreignHere.getProgress();
		set(model, foreignHere, P.getAction_Progress(), before + 1);
		SharedPlan.Notice notice = session.lastRejection();
		assertNotNull(notice);
		assertEquals(SharedPlan.Kind.REFUSED, notice.kind());
		assertTrue(notice.message().contains("otra oficina"), notice.message());
		assertEquals(before, foreignHere.getProgress(), "taken back locally");

		Action ownHere = byId(model, own.getId(), Action.class);
		ProgressReport report = SiempleoFactory.eINSTANCE.createProgressReport();
		report.setProgress(30);
		model.commandStack().execute(AddCommand.create(model.editingDomain(), ownHere, P.getAction_ProgressReports(), report));
		assertNull(session.lastRejection(), "an office adds progress reports to its own actions");
		ProgressReport foreignReport = SiempleoFactory.eINSTANCE.createProgressReport();
		model.commandStack().execute(AddCommand.create(model.editingDomain(), foreignHere, P.getAction_ProgressReports(), foreignReport));
		assertNotNull(session.lastRejection(), "but not to another office's");
		assertTrue(foreignHere.getProgressReports().stream().noneMatch(r -> r == foreignReport));

		ModelStoreException refused = assertThrows(ModelStoreException.class,
				() -> plan.store().approve(plan.address(TestServer.officeRole(OFFICE)), report.getId()));
		assertTrue(refused.getMessage().contains("central"), refused.getMessage());
		plan.store().approve(plan.address("central"), report.getId());
		try (Connection c = office(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
				"SELECT approved_by FROM siempleo.progress_reports WHERE id = '" + report.getId() + "'")) {
			assertTrue(rs.next());
			assertEquals("central", rs.getString(1));
		}
		assertEquals("central", plan.store().approval(plan.address(TestServer.officeRole(OFFICE)), report.getId()).by(),
				"who approved it, for the Historial view");
		assertNotNull(plan.store().approval(plan.address("central"), report.getId()).at(), "and when");
		set(model, report, P.getProgressReport_Progress(), 35);
		assertNull(plan.store().approval(plan.address("central"), report.getId()), "changed since: not approved");
		try (Connection c = office(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
				"SELECT approved_by FROM siempleo.progress_reports WHERE id = '" + report.getId() + "'")) {
			assertTrue(rs.next());
			assertNull(rs.getString(1), "a changed report needs a new approval");
		}
	}
}
