// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.ui.internal.tracker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPlaceholder;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchPage;
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
			var workbenchWindow = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			MWindow window = workbenchWindow.getService(MWindow.class);
			EModelService models = workbenchWindow.getService(EModelService.class);
			MPerspective perspective = models.getActivePerspective(window);
			List<MPlaceholder> inicio = models.findElements(perspective, WorkbenchIds.VIEW_INICIO, MPlaceholder.class,
					null);
			return inicio.get(0).getParent().getChildren().stream().map(MUIElement::getElementId).toList();
		});
		assertEquals(3, stack.stream().filter(id -> id.equals(WorkbenchIds.VIEW_INICIO)
				|| id.equals(PlanUiIds.VIEW_TRACKER) || id.equals(PlanUiIds.VIEW_TIMELINE)).count(), stack.toString());
	}
}
