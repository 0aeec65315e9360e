// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.tests.commands.CommandReplay;

/** A progress report is one command: the report joins the history and, when latest, sets progress and status. */
class ProgressCommandsTest {

	private final Action action = SiempleoFactory.eINSTANCE.createAction();
	private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
			new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE), new BasicCommandStack());

	ProgressCommandsTest() {
		ActionPlan plan = SiempleoFactory.eINSTANCE.createActionPlan();
		action.setCode("AC-07");
		action.setStatus(ActionStatus.NOT_STARTED);
		plan.getActions().add(action);
	}

	@Test
	void reportsSetProgressAndStatusOnlyWhenLatest() {
		CommandReplay.on(domain.getCommandStack())
				.initially(() -> state(0, ActionStatus.NOT_STARTED))
				.execute("40 % el 1 de marzo", () -> report(2025, 3, 1, 40),
						() -> state(40, ActionStatus.IN_PROGRESS, "2025-03-01"))
				.execute("100 % el 1 de mayo", () -> report(2025, 5, 1, 100),
						() -> state(100, ActionStatus.DONE, "2025-03-01", "2025-05-01"))
				.execute("60 % con fecha anterior, 1 de abril", () -> report(2025, 4, 1, 60),
						() -> state(100, ActionStatus.DONE, "2025-03-01", "2025-05-01", "2025-04-01"))
				.execute("80 % el 1 de junio reabre la acción", () -> report(2025, 6, 1, 80),
						() -> state(80, ActionStatus.IN_PROGRESS, "2025-03-01", "2025-05-01", "2025-04-01", "2025-06-01"))
				.run();
	}

	@Test
	void theNoteIsTrimmedAndABlankNoteIsNone() {
		CommandReplay.on(domain.getCommandStack())
				.initially(() -> assertEquals(0, action.getProgressReports().size()))
				.execute("con nota", () -> ProgressCommands.report(domain, action, LocalDate.of(2025, 1, 10), 10,
						"  Fichas aprobadas "),
						() -> assertEquals("Fichas aprobadas", action.getProgressReports().get(0).getNote()))
				.execute("nota en blanco", () -> ProgressCommands.report(domain, action, LocalDate.of(2025, 1, 20), 20,
						"   "), () -> assertEquals(null, action.getProgressReports().get(1).getNote()))
				.run();
	}

	private org.eclipse.emf.common.command.Command report(int year, int month, int day, int progress) {
		return ProgressCommands.report(domain, action, LocalDate.of(year, month, day), progress, null);
	}

	private void state(int progress, ActionStatus status, String... reportDates) {
		assertEquals(progress, action.getProgress(), "avance");
		assertEquals(status, action.getStatus(), "estado");
		assertEquals(List.of(reportDates),
				action.getProgressReports().stream().map(ProgressReport::getDate).map(LocalDate::toString).toList());
	}
}
