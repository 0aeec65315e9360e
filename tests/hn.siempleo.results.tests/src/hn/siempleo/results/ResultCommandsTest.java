// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Aggregation;
import hn.siempleo.model.Direction;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.model.Periodicity;
import hn.siempleo.model.Workspace;
import hn.siempleo.results.ResultCommands.Provenance;
import hn.siempleo.results.fixtures.ResultsFixtures;

/** Every results command through execute, undo and redo on one command stack (4diac's pattern). */
class ResultCommandsTest {

	private static final Period T1 = Period.parse("2024-T1");
	private static final Provenance BY_TEST = new Provenance(LocalDate.of(2024, 4, 10), "Prueba", "Empleate");
	private Workspace w;
	private Indicator i;
	private Office a;
	private EditingDomain domain;

	@BeforeEach
	void setUp() {
		w = ResultsFixtures.small();
		i = ResultsFixtures.indicator(w, "IND-C", Periodicity.QUARTERLY, Aggregation.SUM, Direction.HIGHER_IS_BETTER);
		a = w.getOffices().get(0);
		domain = ResultsFixtures.domain(w.eResource());
	}

	@Test
	void addsThenChangesThenClearsAMeasurement() {
		Supplier<Double> national = () -> IndicatorResults.actual(i, T1, null);
		replay(ResultCommands.setMeasurement(domain, i, T1, a, 40, BY_TEST), national, null, 40.0);
		assertEquals("Prueba", IndicatorResults.measurement(i, T1, a).getRecordedBy());
		replay(ResultCommands.setMeasurement(domain, i, T1, a, 55, BY_TEST), national, 40.0, 55.0);
		replay(ResultCommands.clearMeasurement(domain, i, T1, a), national, 55.0, null);
	}

	@Test
	void addsThenChangesThenClearsATarget() {
		Supplier<Double> target = () -> IndicatorResults.target(i, T1, a);
		replay(ResultCommands.setTarget(domain, i, T1, a, 100), target, null, 100.0);
		replay(ResultCommands.setTarget(domain, i, T1, a, 120), target, 100.0, 120.0);
		replay(ResultCommands.clearTarget(domain, i, T1, a), target, 120.0, null);
	}

	@Test
	void refusesWhatTheRulesRefuse() {
		assertFalse(ResultCommands.setMeasurement(domain, i, T1, a, -5, BY_TEST).canExecute(), "wrong sign");
		assertFalse(ResultCommands.setMeasurement(domain, i, Period.parse("2024-02"), a, 5, BY_TEST).canExecute(),
				"period outside the periodicity");
		assertFalse(ResultCommands.clearMeasurement(domain, i, T1, a).canExecute(), "nothing to clear");
		assertFalse(ResultCommands.setTarget(domain, i, Period.parse("2024"), null, 5).canExecute());
	}

	/** Executes, undoes and redoes a command, checking the observed value after each step. */
	private void replay(Command command, Supplier<Double> observed, Double before, Double after) {
		assertTrue(command.canExecute(), command::getLabel);
		assertFalse(command.getLabel().isBlank());
		domain.getCommandStack().execute(command);
		assertEquals(after, observed.get(), "after execute");
		assertTrue(w.eResource().getContents().contains(w));
		domain.getCommandStack().undo();
		assertEquals(before, observed.get(), "after undo");
		domain.getCommandStack().redo();
		assertEquals(after, observed.get(), "after redo");
		assertEquals(List.of(), ResultsValidation.check(i));
		if (after == null) {
			assertNull(IndicatorResults.measurement(i, T1, a));
		}
	}
}
