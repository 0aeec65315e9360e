// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.model.logic.Actions;
import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;

/** The Cronograma view over the shipped plan. */
@ExtendWith(ScreenshotOnFailure.class)
class TimelinePartTest {

	private final Workbench workbench = Workbench.start();

	@Test
	void showsThePriorityOneAndTwoActionsWithDatesAndCountsTheOverdue() throws Exception {
		workbench.showView(PlanUiIds.VIEW_TIMELINE);
		LocalDate today = LocalDate.now();
		int withDates = workbench.count(a -> a.getPriority() <= 2 && a.getStartDate() != null && a.getDueDate() != null);
		int overdue = workbench.count(a -> a.getPriority() <= 2 && a.getStartDate() != null && a.getDueDate() != null
				&& Actions.isOverdue(a, today));
		String heading = workbench.window().label("timeline.heading").text();
		assertEquals(withDates + " acciones de prioridad 1 y 2 con fechas; " + overdue + " vencidas.",
				heading.substring(0, heading.indexOf(" vencidas.") + " vencidas.".length()));
		// the plan runs from 2024; Hoy scrolls to today's line, rows left where they are
		TimelineCanvas canvas = workbench.window().byId(TimelineCanvas.class, "timeline.canvas");
		int rowsBefore = workbench.ui().call(() -> canvas.getVerticalBar().getSelection());
		workbench.window().buttonById("timeline.today").click();
		int[] xs = workbench.ui().call(() -> new int[] { canvas.todayX(), canvas.getClientArea().width,
				canvas.getVerticalBar().getSelection() });
		assertTrue(xs[0] >= TimelineCanvas.LABEL_WIDTH && xs[0] <= xs[1],
				"today's line at x " + xs[0] + " in a canvas " + xs[1] + " wide");
		assertEquals(rowsBefore, xs[2], "the rows scrolled");
		Path shot = ScreenshotOnFailure.outputFolder().resolve("screenshots/cronograma.png");
		Files.createDirectories(shot.getParent());
		ScreenshotOnFailure.capture(shot);
	}
}
