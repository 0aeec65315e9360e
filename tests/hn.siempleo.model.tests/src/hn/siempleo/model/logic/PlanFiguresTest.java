// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import static hn.siempleo.model.fixtures.ModelFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.fixtures.ModelFixtures;

class PlanFiguresTest {

	@Test
	void countsAndTotalsOfASmallPlan() {
		Workspace workspace = ModelFixtures.validWorkspace();
		ActionPlan plan = workspace.getPlans().get(0);
		PolicyAxis axis1 = workspace.getAxes().get(0);
		PolicyAxis axis2 = workspace.getAxes().get(1);
		plan.getActions().add(ModelFixtures.budgetAction("AC-03", axis2, "500000.50"));
		Action cancelled = ModelFixtures.budgetAction("AC-04", axis1, "9999999.00");
		cancelled.setStatus(ActionStatus.CANCELLED);
		plan.getActions().add(cancelled);
		Action noCost = ModelFixtures.budgetAction("AC-05", axis1, "1.00");
		noCost.setEstimatedCost(null);
		plan.getActions().add(noCost);
		Action noOwner = ModelFixtures.ownMeansAction("AC-06", axis1);
		noOwner.setResponsiblePerson(" ");
		noOwner.setDueDate(TODAY.minusDays(1));
		plan.getActions().add(noOwner);

		PlanFigures figures = PlanFigures.of(plan, TODAY);

		assertEquals(6, figures.actionCount());
		assertEquals(Map.of(1, 2, 3, 4), figures.byPriority());
		assertEquals(2, figures.ownMeansCount());
		assertEquals(4, figures.budgetCount());
		assertEquals(1, figures.ownMeansMissingOwnerOrDates());
		assertEquals(1, figures.budgetMissingCost());
		assertEquals(1, figures.overdue());
		assertEquals(1, figures.byTrafficLight().get(TrafficLight.OVERDUE));
		assertEquals(1, figures.byStatus().get(ActionStatus.CANCELLED));
		assertEquals(new BigDecimal("2000000.50"), figures.budgetTotal(), "cancelled actions are not requested");
		assertEquals(new BigDecimal("2000000.50"), figures.budgetByAxis().get("EJE2"));
		assertEquals(null, figures.budgetByAxis().get("EJE1"));
		assertEquals(new BigDecimal("2000000.50"),
				figures.budgetByFundingSource().get("Presupuesto Política de Empleo 2025"));
		assertEquals(Map.of("EJE1", 4, "EJE2", 2), figures.byAxis());
	}
}
