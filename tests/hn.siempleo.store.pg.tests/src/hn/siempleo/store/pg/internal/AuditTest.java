// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.store.pg.internal;

import static hn.siempleo.store.pg.internal.SharedPlanFixture.byId;
import static hn.siempleo.store.pg.internal.SharedPlanFixture.set;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.store.pg.SharedPlans.Change;

/** Every change is in the append-only log, written in the same transaction: who, when, object, feature, old, new. */
@ExtendWith(TestServer.class)
class AuditTest {

	private static final SiempleoPackage P = SiempleoPackage.eINSTANCE;
	private static SharedPlanFixture plan;

	@BeforeAll
	static void publish() throws Exception {
		plan = SharedPlanFixture.shippedPlan();
	}

	@Test
	void everyChangeIsLoggedWithWhoOldAndNew() throws Exception {
		Action local = plan.local().workspace().getPlans().get(0).getActions().stream()
				.filter(a -> a.getOffices().stream().map(Office::getCode).anyMatch("OF-02"::equals)).findFirst().orElseThrow();
		OpenModel model = plan.open(TestServer.officeRole("OF-02"));
		Action action = byId(model, local.getId(), Action.class);
		int old = action.getProgress();
		set(model, action, P.getAction_Progress(), 77);
		set(model, action, P.getAction_ResponsiblePerson(), "Marta Lidia Zúniga");
		model.commandStack().undo();
		List<Change> history = plan.store().history(plan.address("central"), action.getId());
		assertEquals("(creado)", history.get(0).feature());
		List<Change> edits = history.subList(1, history.size());
		assertEquals(3, edits.size(), edits.toString());
		assertEquals("progress", edits.get(0).feature());
		assertEquals("\"" + old + "\"", edits.get(0).oldValue());
		assertEquals("\"77\"", edits.get(0).newValue());
		assertEquals(TestServer.officeRole("OF-02"), edits.get(0).who());
		assertEquals("OF-02", edits.get(0).officeCode());
		assertEquals("responsiblePerson", edits.get(2).feature());
		assertEquals("\"Marta Lidia Zúniga\"", edits.get(2).oldValue(), "the undo is a change too");

		List<Change> byOffice = plan.store().changes(plan.address("central"), plan.planName(), "OF-02",
				OffsetDateTime.now().minusHours(1), OffsetDateTime.now().plusHours(1));
		assertEquals(3, byOffice.size(), "the report of changes by office and period");
		assertTrue(plan.store().changes(plan.address("central"), plan.planName(), "OF-03", null, null).isEmpty());
	}

	@Test
	void theLogIsAppendOnlyEvenForTheOwner() throws SQLException {
		try (Connection c = TestServer.get().connect(plan.database()); Statement st = c.createStatement()) {
			assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE siempleo.change_log SET who = 'nadie'"));
			assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM siempleo.change_log"));
			assertThrows(SQLException.class, () -> st.executeUpdate("TRUNCATE siempleo.change_log"));
		}
	}

	@Test
	void aRejectedCommandLeavesNoTrace() throws Exception {
		OpenModel a = plan.open("central");
		OpenModel b = plan.open("central");
		Action inA = a.workspace().getPlans().get(0).getActions().get(40);
		Action inB = b.workspace().getPlans().get(0).getActions().get(40);
		int before = plan.store().history(plan.address("central"), inA.getId()).size();
		set(a, inA, P.getAction_Progress(), 3);
		set(b, inB, P.getAction_Progress(), 4);
		assertEquals(before + 1, plan.store().history(plan.address("central"), inA.getId()).size());
	}
}
