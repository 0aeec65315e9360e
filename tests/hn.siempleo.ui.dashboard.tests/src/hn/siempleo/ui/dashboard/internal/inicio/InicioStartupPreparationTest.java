// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.StartupPreparation;

/**
 * Inicio's figures prepared while the start-up model is read: the service is registered, the first refresh takes
 * them (the same figures it would compute), once, and only while they still hold.
 */
class InicioStartupPreparationTest {

	private final UiKit ui = UiKit.forWorkbench();
	private OpenModel model;
	private ActionPlan plan;
	private LocalDate today;

	@BeforeEach
	void openModel() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		model = ui.call(session::current);
		plan = ui.call(() -> InicioFigures.firstPlan(model));
		today = ui.call(() -> ModelClock.today(model.workspace()));
	}

	/** Leaves the model as it was found, even when a test failed half way. */
	@AfterEach
	void dropPreparedAndUndo() {
		ui.run(() -> {
			InicioFigures.take(model, plan, today);
			while (model.commandStack().canUndo() && model.isDirty()) {
				model.commandStack().undo();
			}
		});
	}

	@Test
	void theDashboardPreparesItsFiguresAtStart() throws InvalidSyntaxException {
		BundleContext context = FrameworkUtil.getBundle(InicioFigures.class).getBundleContext();
		assertTrue(context.getServiceReferences(StartupPreparation.class, null).stream()
				.map(context::getService)
				.anyMatch(InicioStartupPreparation.class::isInstance), "InicioStartupPreparation registered");
		// the start-up model's figures were taken by Inicio's first refresh: nothing is left on the model
		assertNull(ui.call(() -> InicioFigures.take(model, plan, today)));
	}

	@Test
	void preparedFiguresAreTheComputedOnesAndTakenOnce() {
		InicioFigures prepared = ui.call(() -> {
			InicioFigures.prepare(model, today);
			return InicioFigures.take(model, plan, today);
		});
		assertNotNull(prepared);
		InicioFigures computed = ui.call(() -> InicioFigures.of(model.workspace(), plan, today));
		assertEquals(computed.planFigures().actionCount(), prepared.planFigures().actionCount());
		assertEquals(computed.planFigures().byStatus(), prepared.planFigures().byStatus());
		assertEquals(computed.axisNames(), prepared.axisNames());
		assertEquals(computed.referrals().total(), prepared.referrals().total());
		assertEquals(computed.coverageGaps(), prepared.coverageGaps());
		assertEquals(computed.overdueSteps(), prepared.overdueSteps());
		assertEquals(computed.diagnostic(), prepared.diagnostic());
		assertNull(ui.call(() -> InicioFigures.take(model, plan, today)), "taken once");
	}

	@Test
	void preparedFiguresDoNotOutliveAnEditOrTheDay() {
		Action open = ui.call(() -> plan.getActions().stream().filter(a -> a.getStatus() != ActionStatus.DONE)
				.findFirst().orElseThrow());
		InicioFigures afterEdit = ui.call(() -> {
			InicioFigures.prepare(model, today);
			model.commandStack().execute(SetCommand.create(model.editingDomain(), open,
					SiempleoPackage.Literals.ACTION__STATUS, ActionStatus.DONE));
			return InicioFigures.take(model, plan, today);
		});
		assertNull(afterEdit, "an edit after the preparation");
		ui.run(() -> model.commandStack().undo());
		InicioFigures nextDay = ui.call(() -> {
			InicioFigures.prepare(model, today);
			return InicioFigures.take(model, plan, today.plusDays(1));
		});
		assertNull(nextDay, "another day");
		assertFalse(ui.call(() -> model.workspace().eAdapters().stream()
				.anyMatch(a -> a.getClass().getEnclosingClass() == InicioFigures.class)), "dropped either way");
	}
}
