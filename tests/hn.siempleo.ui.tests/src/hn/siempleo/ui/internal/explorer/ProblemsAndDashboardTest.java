// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.internal.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.logic.PlanFigures;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;
import hn.siempleo.ui.WorkbenchIds;
import hn.siempleo.model.logic.ActionFilter;
import hn.siempleo.ui.ActionListFilterHolder;
import hn.siempleo.model.text.Validation;

/** Problemas follows the model live and leads to the element; Inicio's figures open the matching list. */
@ExtendWith(ScreenshotOnFailure.class)
class ProblemsAndDashboardTest {

	private final UiKit ui = UiKit.forWorkbench();
	private ModelSession session;
	private OpenModel model;

	@BeforeEach
	void waitForTheDataSet() {
		session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		model = ui.call(session::current);
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
	void anInvalidEditAppearsInProblemsAndLeadsBackToItsElement() {
		ShellDriver window = ui.workbenchShell();
		long warnings = ui.call(() -> Validation.validate(model.workspace()).getChildren().stream()
				.filter(d -> d.getSeverity() == Diagnostic.WARNING).count());
		ui.waitUntil("el resumen de problemas", () -> window.hasId("problems.summary")
				&& window.label("problems.summary").text().equals("0 errores, " + warnings + " avisos"));

		Action action = ui.call(() -> model.workspace().getPlans().get(0).getActions().get(3));
		ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), action,
				SiempleoPackage.Literals.ACTION__PROGRESS, 150)));
		ui.waitUntil("un error en Problemas", () -> window.label("problems.summary").text().startsWith("1 error,"));
		List<String> groups = window.tree("problems.tree").rootTexts();
		String errors = groups.stream().filter(g -> g.startsWith("Errores")).findFirst().orElseThrow();
		String finding = window.tree("problems.tree").childTexts(errors).get(0);
		assertTrue(finding.contains(action.getCode()), finding);
		window.tree("problems.tree").doubleClick(errors, finding);
		org.eclipse.swt.widgets.Tree tree = window.byId(org.eclipse.swt.widgets.Tree.class, "explorer.tree");
		ui.waitUntil("la acción seleccionada en el explorador", () -> ui.call(() -> java.util.Arrays
				.stream(tree.getSelection()).anyMatch(item -> item.getData() == action)));
		ui.run(() -> model.commandStack().undo());
		ui.waitUntil("sin errores tras deshacer", () -> window.label("problems.summary").text().startsWith("0 errores"));
	}

	@Test
	void theOverdueFigureOpensTheOverdueActions() {
		ShellDriver window = ui.workbenchShell();
		int overdue = ui.call(() -> PlanFigures.of(model.workspace().getPlans().get(0), LocalDate.now()).overdue());
		ui.waitUntil("la cifra de vencidas", () -> window.hasId("inicio.overdue"));
		Control link = window.byId(Control.class, "inicio.overdue");
		assertEquals(String.valueOf(overdue), ui.call(() -> textOf(link)));
		ui.post(() -> {
			Event enter = new Event();
			enter.character = '\r';
			enter.keyCode = SWT.CR;
			link.notifyListeners(SWT.KeyDown, enter);
		});
		// whichever list is installed (the dashboard's own or the plan tracker) gets the overdue filter and shows
		ActionListFilterHolder filters = ui.call(() -> PlatformUI.getWorkbench().getService(ActionListFilterHolder.class));
		ui.waitUntil("el filtro de vencidas", () -> ActionFilter.overdue().equals(filters.current()));
		String shownList = ui.call(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActivePartReference().getId());
		assertTrue(shownList.endsWith(".actions") || shownList.endsWith(".tracker"), shownList);
		long expected = ui.call(() -> model.workspace().getPlans().get(0).getActions().stream()
				.filter(ActionFilter.overdue().predicate(LocalDate.now())).count());
		assertEquals(overdue, expected);
	}

	private static String textOf(Control control) {
		try {
			return (String) control.getClass().getMethod("getText").invoke(control);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError("el control no tiene texto: " + control, e);
		}
	}
}
