// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.dashboard.internal.inicio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.TrafficLight;
import hn.siempleo.model.logic.ActionFilter;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ActionListFilterHolder;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.dashboard.DashboardIds;

/** Inicio's figures follow the model and open the list of exactly the actions they count. */
@ExtendWith(ScreenshotOnFailure.class)
class InicioFiguresTest {

	private final UiKit ui = UiKit.forWorkbench();
	private OpenModel model;
	private ActionPlan plan;
	private LocalDate today;
	private ShellDriver window;

	@BeforeEach
	void showInicio() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		model = ui.call(session::current);
		plan = ui.call(() -> model.workspace().getPlans().get(0));
		today = ui.call(() -> ModelClock.today(model.workspace()));
		showView(DashboardIds.VIEW_INICIO);
		window = ui.workbenchShell();
		// a test before may have undone an edit a moment ago: Inicio refreshes once the edits have settled
		String key = "inicio.status." + ActionStatus.DONE.getName();
		long done = ui.call(() -> plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.DONE).count());
		ui.waitUntil("las cifras de Inicio al día", () -> window.hasId(key) && figure(key).equals(String.valueOf(done)));
	}

	/** Leaves the model as it was found, even when a test failed half way. */
	@AfterEach
	void undoEverything() {
		ui.run(() -> {
			while (model.commandStack().canUndo() && model.isDirty()) {
				model.commandStack().undo();
			}
		});
	}

	@Test
	void theOverdueFigureOpensTheOverdueActions() {
		int overdue = ui.call(() -> PlanFigures.of(plan, today).overdue());
		ui.waitUntil("la cifra de vencidas", () -> window.hasId("inicio.overdue"));
		assertEquals(String.valueOf(overdue), figure("inicio.overdue"));
		activate("inicio.overdue");
		// whichever list is installed (the dashboard's own or the plan tracker) gets the overdue filter and shows
		ActionListFilterHolder filters = ui.call(() -> PlatformUI.getWorkbench().getService(ActionListFilterHolder.class));
		ui.waitUntil("el filtro de vencidas", () -> ActionFilter.overdue().equals(filters.current()));
		String shownList = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActivePartReference().getId());
		assertTrue(shownList.endsWith(".actions") || shownList.endsWith(".tracker"), shownList);
		long expected = ui.call(() -> plan.getActions().stream().filter(ActionFilter.overdue().predicate(today)).count());
		assertEquals(overdue, expected);
	}

	@Test
	void theActionListShowsTheFilteredActions() {
		String key = "inicio.status." + ActionStatus.DONE.getName();
		ui.waitUntil("la cifra de completadas", () -> window.hasId(key));
		int done = Integer.parseInt(figure(key));
		assertEquals(done, (long) ui.call(() -> plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.DONE).count()));
		ActionListFilterHolder filters = ui.call(() -> PlatformUI.getWorkbench().getService(ActionListFilterHolder.class));
		ui.run(() -> filters.set(ActionFilter.status(ActionStatus.DONE)));
		showView(DashboardIds.VIEW_ACTIONS);
		ui.waitUntil(done + " acciones completadas en la lista",
				() -> window.table("actions.table").rowCount() == done);
		assertTrue(window.label("actions.filter").text().contains(String.valueOf(done)), window.label("actions.filter").text());
	}

	@Test
	void aFigureFollowsAnEditAndItsUndo() {
		String key = "inicio.status." + ActionStatus.DONE.getName();
		showView(DashboardIds.VIEW_INICIO);
		ui.waitUntil("la cifra de completadas", () -> window.hasId(key));
		int done = Integer.parseInt(figure(key));
		Action open = ui.call(() -> plan.getActions().stream().filter(a -> a.getStatus() != ActionStatus.DONE)
				.findFirst().orElseThrow());
		ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), open,
				SiempleoPackage.Literals.ACTION__STATUS, ActionStatus.DONE)));
		ui.waitUntil("una completada más", () -> figure(key).equals(String.valueOf(done + 1)));
		ui.run(() -> model.commandStack().undo());
		ui.waitUntil("la cifra anterior tras deshacer", () -> figure(key).equals(String.valueOf(done)));
	}

	/**
	 * The semáforo's figure of closed actions counts the completed and the cancelled ones, so it is not named as the
	 * status Completada is: side by side, two "Completadas" with different figures would contradict each other.
	 */
	@Test
	void theClosedLightCountsCompletedAndCancelledActionsUnderItsOwnName() {
		String key = "inicio.light." + TrafficLight.DONE.getName();
		ui.waitUntil("la cifra de cerradas", () -> window.hasId(key));
		long closed = ui.call(() -> plan.getActions().stream().filter(Actions::isClosed).count());
		long done = ui.call(() -> plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.DONE).count());
		assertTrue(closed > done, "the shipped plan has cancelled actions");
		assertEquals(String.valueOf(closed), figure(key));
		assertEquals("Cerradas", labelBefore(key));
		assertEquals("Completadas", labelBefore("inicio.status." + ActionStatus.DONE.getName()));
	}

	/** The text of the row's label before a figure. */
	private String labelBefore(String id) {
		Control figure = window.byId(Control.class, id);
		return ui.call(() -> {
			List<Control> row = Arrays.asList(figure.getParent().getChildren());
			return ((org.eclipse.swt.widgets.Label) row.get(row.indexOf(figure) - 1)).getText();
		});
	}

	private String figure(String id) {
		Control control = window.byId(Control.class, id);
		return ui.call(() -> control instanceof Hyperlink link ? link.getText()
				: ((org.eclipse.swt.widgets.Label) control).getText());
	}

	/** Presses Enter on a figure's link, as a keyboard user opens it. */
	private void activate(String id) {
		Control link = window.byId(Control.class, id);
		ui.post(() -> {
			Event enter = new Event();
			enter.character = '\r';
			enter.keyCode = SWT.CR;
			link.notifyListeners(SWT.KeyDown, enter);
		});
	}

	private void showView(String id) {
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
	}
}
