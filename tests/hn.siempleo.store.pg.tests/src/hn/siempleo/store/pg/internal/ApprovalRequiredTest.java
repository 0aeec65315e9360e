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

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.ModelStoreException;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.store.pg.SharedPlans;

/**
 * A plan can require a central role's approval of its progress reports: only central roles switch it (the server
 * refuses office roles, whatever the client sends); a report not approved, or changed after its approval, is pending.
 */
@ExtendWith(TestServer.class)
class ApprovalRequiredTest {

	private static final String OFFICE = "OF-02";
	private static SharedPlanFixture plan;

	@BeforeAll
	static void publish() throws Exception {
		plan = SharedPlanFixture.shippedPlan();
	}

	@Test
	void onlyACentralRoleSwitchesTheApprovalOfProgressReports() throws Exception {
		assertFalse(plan.store().approvalRequired(plan.address("central"), plan.planName()), "off when published");
		ModelStoreException refused = assertThrows(ModelStoreException.class,
				() -> plan.store().setApprovalRequired(plan.address(TestServer.officeRole(OFFICE)), plan.planName(), true));
		assertTrue(refused.getMessage().contains("solo un rol central"), refused.getMessage());
		// a modified client: raw SQL as the office role
		try (Connection c = TestServer.get().connect(plan.database(), TestServer.officeRole(OFFICE));
				Statement st = c.createStatement()) {
			SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE siempleo.plan SET approval_required = true"));
			assertEquals("42501", e.getSQLState());
		}
		assertFalse(plan.store().approvalRequired(plan.address("central"), plan.planName()));

		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), true);
		assertTrue(plan.store().approvalRequired(plan.address(TestServer.officeRole(OFFICE)), plan.planName()), "every role reads it");
		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), false);
		assertFalse(plan.store().approvalRequired(plan.address("central"), plan.planName()));
		assertThrows(ModelStoreException.class, () -> plan.store().approvalRequired(plan.address("central"), "No existe"));
	}

	@Test
	void aReportIsPendingUntilApprovedAndAgainWhenChanged() throws Exception {
		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), true);
		ProgressReport local = plan.local().workspace().getPlans().get(0).getActions().stream()
				.filter(a -> a.getOffices().stream().anyMatch(o -> OFFICE.equals(o.getCode())))
				.flatMap(a -> a.getProgressReports().stream()).findFirst().orElseThrow();
		assertNull(plan.store().approval(plan.address("central"), local.getId()), "pending: required and not approved");
		assertTrue(pending(local.getId()), "the view says so");
		assertThrows(ModelStoreException.class, () -> plan.store().approve(plan.address(TestServer.officeRole(OFFICE)), local.getId()),
				"an office role does not approve");
		plan.store().approve(plan.address("central"), local.getId());
		SharedPlans.Approval approved = plan.store().approval(plan.address(TestServer.officeRole(OFFICE)), local.getId());
		assertNotNull(approved, "approved: no longer pending");
		assertEquals("central", approved.by());
		assertFalse(pending(local.getId()));

		OpenModel office = plan.open(TestServer.officeRole(OFFICE));
		ProgressReport report = byId(office, local.getId(), ProgressReport.class);
		set(office, report, SiempleoPackage.eINSTANCE.getProgressReport_Note(), "Corregido por la oficina");
		assertNull(plan.session(office).lastRejection(), "the office changes its own report");
		assertNull(plan.store().approval(plan.address("central"), local.getId()), "changed after approval: pending again");
		assertTrue(pending(local.getId()));
		plan.store().approve(plan.address("central"), local.getId());
		assertNotNull(plan.store().approval(plan.address("central"), local.getId()));
		plan.models().close(office);
		plan.store().setApprovalRequired(plan.address("central"), plan.planName(), false);
		assertFalse(pending(local.getId()), "nothing waits when the plan does not require approval");
	}

	/** siempleo.progress_reports.approval_pending, read as an office role (the view for BI tools and psql). */
	private static boolean pending(String reportId) throws SQLException {
		try (Connection c = TestServer.get().connect(plan.database(), TestServer.officeRole(OFFICE));
				java.sql.PreparedStatement st = c.prepareStatement(
						"SELECT approval_pending FROM siempleo.progress_reports WHERE id = ?::uuid")) {
			st.setString(1, reportId);
			try (java.sql.ResultSet rs = st.executeQuery()) {
				assertTrue(rs.next());
				return rs.getBoolean(1);
			}
		}
	}

}
