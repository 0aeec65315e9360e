// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.core.OpenModel;
import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.text.Validation;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.TreeDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.ModelSession;

/** Problemas follows the model live, groups findings by severity and leads to the element. */
@ExtendWith(ScreenshotOnFailure.class)
class ProblemsPartTest {

	private final UiKit ui = UiKit.forWorkbench();
	private OpenModel model;
	private ShellDriver window;

	@BeforeEach
	void waitForTheDataSet() {
		ModelSession session = ui.call(() -> PlatformUI.getWorkbench().getService(ModelSession.class));
		ui.waitUntil("el conjunto de datos abierto", () -> session.current() != null);
		model = ui.call(session::current);
		window = ui.workbenchShell();
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
	void theSummaryCountsTheValidatorsFindings() {
		long errors = count(Diagnostic.ERROR);
		long warnings = count(Diagnostic.WARNING);
		ui.waitUntil("el resumen de problemas", () -> window.hasId("problems.summary")
				&& window.label("problems.summary").text().equals(errors + " errores, " + warnings + " avisos"));
		List<String> groups = window.tree("problems.tree").rootTexts();
		assertTrue(groups.stream().anyMatch(g -> g.startsWith("Avisos")), groups.toString());
	}

	@Test
	void anInvalidEditAppearsInProblemsAndLeadsBackToItsElement() {
		long warnings = count(Diagnostic.WARNING);
		ui.waitUntil("el resumen de problemas", () -> window.hasId("problems.summary")
				&& window.label("problems.summary").text().equals("0 errores, " + warnings + " avisos"));

		Action action = ui.call(() -> model.workspace().getPlans().get(0).getActions().stream()
				.filter(a -> "AC-04".equals(a.getCode())).findFirst().orElseThrow());
		ui.run(() -> model.commandStack().execute(SetCommand.create(model.editingDomain(), action,
				SiempleoPackage.Literals.ACTION__PROGRESS, 150)));
		ui.waitUntil("un error en Problemas", () -> window.label("problems.summary").text().startsWith("1 error,"));
		TreeDriver tree = window.tree("problems.tree");
		String errors = tree.rootTexts().stream().filter(g -> g.startsWith("Errores")).findFirst().orElseThrow();
		String finding = tree.childTexts(errors).stream().filter(f -> f.contains("AC-04")).findFirst()
				.orElseThrow(() -> new AssertionError("no hay un error de AC-04: " + tree.childTexts(errors)));
		tree.doubleClick(errors, finding);
		Tree explorer = window.byId(Tree.class, "explorer.tree");
		ui.waitUntil("la acción seleccionada en el explorador",
				() -> Arrays.stream(explorer.getSelection()).anyMatch(item -> item.getData() == action));
		ui.run(() -> model.commandStack().undo());
		ui.waitUntil("sin errores tras deshacer", () -> window.label("problems.summary").text().startsWith("0 errores"));
		assertEquals(List.of(), ui.call(() -> tree.rootTexts().stream().filter(g -> g.startsWith("Errores")).toList()));
	}

	private long count(int severity) {
		return ui.call(() -> Validation.validate(model.workspace()).getChildren().stream()
				.filter(d -> d.getSeverity() == severity).count());
	}
}
