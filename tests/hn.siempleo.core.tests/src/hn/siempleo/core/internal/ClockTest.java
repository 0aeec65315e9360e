// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Hashtable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.logic.ModelClock;

/** Today is the clock service's day: a test pins it, and the overdue rule and semáforo follow, even on an open model. */
class ClockTest {

	@TempDir
	Path folder;

	private static Clock fixed(String day) {
		return Clock.fixed(LocalDate.parse(day).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
	}

	@Test
	void aPinnedClockDecidesWhatIsOverdue() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ModelService.class).getBundleContext();
		ModelService service = context.getService(context.getServiceReference(ModelService.class));
		OpenModel model = service.open(service.installShippedDataSet(folder), null);
		Action action = model.workspace().getPlans().get(0).getActions().stream()
				.filter(a -> a.getDueDate() != null && !hn.siempleo.model.logic.Actions.isClosed(a)).findFirst().orElseThrow();
		LocalDate due = action.getDueDate();

		Hashtable<String, Object> ranking = new Hashtable<>();
		ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
		ServiceRegistration<Clock> before = context.registerService(Clock.class, fixed(due.minusDays(1).toString()), ranking);
		try {
			assertEquals(due.minusDays(1), ModelClock.today(action));
			assertFalse(action.isOverdue(), "due tomorrow is not overdue");
		} finally {
			before.unregister();
		}
		ServiceRegistration<Clock> after = context.registerService(Clock.class, fixed(due.plusDays(1).toString()), ranking);
		try {
			assertEquals(due.plusDays(1), ModelClock.today(action));
			assertTrue(action.isOverdue(), "due yesterday is overdue");
			assertEquals(TrafficLight.OVERDUE, action.getTrafficLight());
		} finally {
			after.unregister();
		}
		assertEquals(LocalDate.now(), ModelClock.today(action), "back to the system clock");
	}
}
