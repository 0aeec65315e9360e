// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.logic;

import static hn.siempleo.model.fixtures.ModelFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.fixtures.ModelFixtures;

class ActionsTest {

	private final Action action = ModelFixtures.ownMeansAction("AC-01", ModelFixtures.axis(1));

	@ParameterizedTest
	@CsvSource({ "1,OWN_MEANS", "2,OWN_MEANS", "3,ADDITIONAL_BUDGET", "4,ADDITIONAL_BUDGET" })
	void resourceTypeFollowsThePriorityAndTheDerivedFeatureAgrees(int priority, ResourceType expected) {
		action.setPriority(priority);
		assertEquals(expected, Actions.resourceType(action));
		assertEquals(expected, action.getResourceType());
	}

	@Test
	void overdueOnlyAfterTheDueDateWhileOpen() {
		action.setDueDate(TODAY);
		assertFalse(Actions.isOverdue(action, TODAY));
		assertTrue(Actions.isOverdue(action, TODAY.plusDays(1)));
		action.setStatus(ActionStatus.DONE);
		action.setProgress(100);
		assertFalse(Actions.isOverdue(action, TODAY.plusDays(1)));
		action.setStatus(ActionStatus.CANCELLED);
		assertFalse(Actions.isOverdue(action, TODAY.plusDays(1)));
	}

	@Test
	void withoutDueDateNothingIsOverdue() {
		action.setDueDate(null);
		assertFalse(Actions.isOverdue(action, LocalDate.of(2099, 1, 1)));
	}

	@Test
	void trafficLightStates() {
		// half the year elapsed on 30 June: 50 % expected
		action.setProgress(40);
		assertEquals(TrafficLight.ON_TRACK, Actions.trafficLight(action, TODAY), "40 % ≥ 0.7 × 50 %");
		action.setProgress(30);
		assertEquals(TrafficLight.AT_RISK, Actions.trafficLight(action, TODAY), "30 % < 0.7 × 50 %");
		assertEquals(TrafficLight.OVERDUE, Actions.trafficLight(action, LocalDate.of(2026, 1, 1)));
		action.setStatus(ActionStatus.DONE);
		action.setProgress(100);
		assertEquals(TrafficLight.DONE, Actions.trafficLight(action, LocalDate.of(2026, 1, 1)));
	}

	@Test
	void notStartedIsGreyUntilItsStartDatePasses() {
		action.setStatus(ActionStatus.NOT_STARTED);
		action.setProgress(0);
		assertEquals(TrafficLight.NOT_STARTED, Actions.trafficLight(action, LocalDate.of(2024, 12, 1)));
		assertEquals(TrafficLight.AT_RISK, Actions.trafficLight(action, TODAY));
	}

	@Test
	void expectedProgressIsLinearAndBounded() {
		assertEquals(0, Actions.expectedProgress(action, LocalDate.of(2024, 1, 1)));
		assertEquals(100, Actions.expectedProgress(action, LocalDate.of(2030, 1, 1)));
		double midYear = Actions.expectedProgress(action, TODAY);
		assertTrue(midYear > 49 && midYear < 50, String.valueOf(midYear));
	}

	@Test
	void everyNewObjectGetsAUuid() {
		Action other = ModelFixtures.ownMeansAction("AC-02", ModelFixtures.axis(1));
		assertNotNull(action.getId());
		assertEquals(36, action.getId().length());
		assertFalse(action.getId().equals(other.getId()));
	}
}
