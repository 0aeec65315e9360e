// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.PlanDimension;
import hn.siempleo.model.Term;

/** What "Crear acción" pre-fills: code, title, dimension, preparación/respuesta, axis, priority, phase. */
class ActionProposalTest {

	@TempDir
	Path folder;
	private ShippedDiagnostic shipped;
	private Diagnostic national;
	private ActionPlan plan;

	@BeforeEach
	void open() throws Exception {
		shipped = ShippedDiagnostic.open(folder);
		national = shipped.national();
		plan = shipped.workspace().getPlans().get(0);
	}

	@Test
	void aGapProposesAnActionFilledFromTheDiagnostic() {
		ActionProposal proposal = ActionProposal.propose(gap("G3"), plan);
		assertEquals("AC-84", proposal.code(), "after the 83 actions of the plan");
		assertEquals("Definir indicadores con fichas técnicas y un informe periódico de seguimiento.", proposal.title());
		assertEquals("GOB", proposal.dimension().getCode());
		assertEquals(PlanDimension.PREPARATION, proposal.planDimension());
		assertEquals("EJE1", proposal.axis().getCode(), "the criterion's suggested axis");
		assertEquals(1, proposal.priority());
		assertEquals(Term.SHORT, proposal.phase());
		assertEquals(ShippedDiagnostic.assessment(national, "G3"), proposal.origin());
	}

	@Test
	void withoutASuggestedAxisTheDimensionsMostUsedAxisIsProposed() {
		ShippedDiagnostic.assessment(national, "A2").getCriterion().setSuggestedAxis(null);
		ActionProposal proposal = ActionProposal.propose(gap("A2"), plan);
		long byAxis = plan.getActions().stream()
				.filter(a -> a.getDimension() == proposal.dimension() && a.getAxis() == proposal.axis()).count();
		for (var axis : shipped.workspace().getAxes()) {
			long other = plan.getActions().stream()
					.filter(a -> a.getDimension() == proposal.dimension() && a.getAxis() == axis).count();
			assertEquals(true, byAxis >= other, axis.getCode());
		}
	}

	@Test
	void withoutRecommendationTheTitleNamesTheCriterionAndThePlannerMayOverride() {
		ShippedDiagnostic.assessment(national, "R3").setRecommendation(null);
		ActionProposal proposal = ActionProposal.propose(gap("R3"), plan);
		assertEquals("Cerrar la brecha en «Satisfacción de usuarios»", proposal.title());
		ActionProposal changed = proposal.withPriority(2).withPhase(Term.MEDIUM).withAxis(null).withTitle("Otra");
		assertEquals(2, changed.priority());
		assertEquals(Term.MEDIUM, changed.phase());
		assertNull(changed.axis());
		assertEquals("Otra", changed.title());
		assertEquals(proposal.code(), changed.code());
	}

	private Gap gap(String criterion) {
		return Gap.of(national, 3).stream().filter(g -> criterion.equals(g.criterion().getCode())).findFirst()
				.orElseThrow();
	}
}
