package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.plan.ui.PlanUiIds;
import hn.siempleo.plan.ui.fixtures.Workbench;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.WorkbenchIds;

/** Planificación holds the tracker and the timeline, stacked with Inicio. */
@ExtendWith(ScreenshotOnFailure.class)
class PlanningPerspectiveTest {

	private final UiKit ui = Workbench.start().ui();

	@Test
	void theTrackerAndTheTimelineAreStackedWithInicio() {
		List<String> views = ui.call(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
					.findPerspectiveWithId(WorkbenchIds.PERSPECTIVE_PLANNING));
			page.resetPerspective();
			return Arrays.stream(page.getViewReferences()).map(reference -> reference.getId()).toList();
		});
		assertTrue(views.containsAll(List.of(WorkbenchIds.VIEW_INICIO, PlanUiIds.VIEW_TRACKER, PlanUiIds.VIEW_TIMELINE)),
				views.toString());
		List<String> stack = ui.call(() -> {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				page.showView(PlanUiIds.VIEW_TRACKER);
				page.showView(PlanUiIds.VIEW_TIMELINE);
				return Arrays.stream(page.getViewStack(page.showView(WorkbenchIds.VIEW_INICIO)))
						.map(part -> part.getSite().getId()).toList();
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		assertEquals(3, stack.stream().filter(id -> id.equals(WorkbenchIds.VIEW_INICIO)
				|| id.equals(PlanUiIds.VIEW_TRACKER) || id.equals(PlanUiIds.VIEW_TIMELINE)).count(), stack.toString());
	}
}
