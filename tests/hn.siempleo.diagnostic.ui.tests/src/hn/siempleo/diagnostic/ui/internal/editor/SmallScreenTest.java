// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Scrollable;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.diagnostic.Gap;
import hn.siempleo.diagnostic.ui.internal.DiagnosticEditors;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.diagnostic.ui.fixtures.DiagnosticWorkbench;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;

/**
 * The three pages in a 1366×768 window: the controls a planner needs are on screen without scrolling the window;
 * the screenshots of the README are taken here (target/screenshots/diagnostic-*.png).
 */
@ExtendWith(ScreenshotOnFailure.class)
class SmallScreenTest {

	private final DiagnosticWorkbench workbench = DiagnosticWorkbench.start();
	private final UiKit ui = workbench.ui();
	private final ShellDriver window = workbench.window();
	private Rectangle before;
	private Diagnostic national;

	@AfterEach
	void leaveTheModelAsFound() {
		workbench.undoEverything();
	}

	@BeforeEach
	void aLaptopScreen() {
		Shell shell = window.widget();
		before = ui.call(shell::getBounds);
		ui.run(() -> shell.setBounds(0, 0, 1366, 768));
		national = workbench.national();
		workbench.openFromExplorer(national);
	}

	@AfterEach
	void restore() {
		Shell shell = window.widget();
		ui.run(() -> shell.setBounds(before));
	}

	@Test
	void everyPageFitsA1366By768Window() throws Exception {
		workbench.page(DiagnosticWorkbench.SUMMARY);
		ui.waitUntil("el resumen", () -> window.label("summary.overall").text().endsWith("de 4"));
		assertOnScreen(window.byId(Control.class, "summary.chart"));
		assertOnScreen(window.byId(Control.class, "summary.compareWith"));
		shot("diagnostic-resumen.png");

		workbench.page(DiagnosticWorkbench.CRITERIA);
		workbench.selectCriterion(workbench.assessment(national, "G3"));
		ui.waitUntil("G3 en el formulario", () -> window.label("criteria.title").text().startsWith("G3 "));
		assertOnScreen(window.byId(Tree.class, "criteria.tree"));
		assertOnScreen(window.byId(Control.class, "criteria.level.4"));
		assertOnScreen(window.byId(Control.class, "criteria.evidence"));
		shot("diagnostic-criterios.png");

		workbench.page(DiagnosticWorkbench.GAPS);
		workbench.selectRow("gaps.table", data -> data instanceof Gap gap && gap.criterion().getCode().equals("G3"));
		Table linked = window.byId(Table.class, "gaps.actions");
		ui.waitUntil("las acciones vinculadas a G3", () -> linked.getItemCount() > 0);
		assertOnScreen(window.byId(Control.class, "gaps.create"));
		assertOnScreen(window.byId(Control.class, "gaps.showAction"));
		shot("diagnostic-brechas.png");
	}

	@Test
	void inANarrowPartTheChartKeepsItsScaleAndTheHeatMapGoesBelowIt() {
		workbench.page(DiagnosticWorkbench.SUMMARY);
		ui.waitUntil("el resumen", () -> window.label("summary.overall").text().endsWith("de 4"));
		Control chart = window.byId(Control.class, "summary.chart");
		Control heatMap = window.byId(Control.class, "summary.heatmap");
		// beside each other in the Diagnóstico perspective at 1366×768
		ui.waitUntil("el mapa de calor a la derecha del gráfico", () -> ui.call(() -> heatMap.getDisplay()
				.map(heatMap.getParent(), chart.getParent(), heatMap.getBounds()).x >= chart.getBounds().x
						+ chart.getBounds().width));

		// the editor as narrow as the centre of Planificación at 1366×768 (about 670 pixels)
		ui.run(() -> window.widget().setBounds(0, 0, 1000, 768));
		ui.waitUntil("el mapa de calor debajo del gráfico", () -> ui.call(() -> heatMap.getDisplay()
				.map(heatMap.getParent(), chart.getParent(), heatMap.getBounds()).y >= chart.getBounds().y
						+ chart.getBounds().height));
		Rectangle[] shown = ui.call(() -> {
			Scrollable scroller = (Scrollable) chart.getParent().getParent().getParent().getParent();
			return new Rectangle[] { chart.getDisplay().map(chart.getParent(), scroller, chart.getBounds()),
					scroller.getClientArea() };
		});
		assertTrue(shown[0].width >= 400, () -> "el gráfico quedó estrecho: " + shown[0]);
		assertTrue(shown[0].x >= 0 && shown[0].x + shown[0].width <= shown[1].width,
				() -> "el gráfico se sale de la parte: " + shown[0] + " en " + shown[1]);
	}

	@Test
	void aFollowUpShowsItsComparisonInTheSameWindow() throws Exception {
		Diagnostic followUp = ui.call(() -> {
			var model = workbench.model();
			var command = DiagnosticCommands.followUp(model.editingDomain(), national, "DX-2025-NAC",
					"Seguimiento PES Scan 2025", LocalDate.of(2025, 9, 15));
			model.commandStack().execute(command);
			Diagnostic created = (Diagnostic) command.getResult().iterator().next();
			for (String[] change : new String[][] { { "G3", "3" }, { "A1", "3" }, { "A3", "2" }, { "O4", "2" },
					{ "R2", "1" } }) {
				Assessment assessment = created.getAssessments().stream()
						.filter(a -> a.getCriterion().getCode().equals(change[0])).findFirst().orElseThrow();
				model.commandStack().execute(DiagnosticCommands.setScore(model.editingDomain(), assessment,
						MaturityLevel.get(Integer.parseInt(change[1]))));
			}
			workbench.editors().open(created, null, DiagnosticEditors.Page.SUMMARY);
			return created;
		});
		ui.waitUntil("el seguimiento comparado", () -> workbench.editors().shown() == followUp
				&& window.combo("summary.compareWith").selection().startsWith("DX-2023-NAC"));
		assertOnScreen(window.byId(Control.class, "summary.comparison"));
		shot("diagnostic-seguimiento.png");
	}

	/** The control lies inside the window's client area (the window itself needs no scrolling). */
	private void assertOnScreen(Control control) {
		Shell shell = window.widget();
		boolean inside = ui.call(() -> {
			Rectangle bounds = control.getDisplay().map(control.getParent(), shell, control.getBounds());
			Rectangle area = shell.getClientArea();
			return control.isVisible() && bounds.width > 0 && bounds.height > 0 && area.contains(bounds.x, bounds.y)
					&& area.contains(bounds.x + bounds.width - 1, bounds.y + bounds.height - 1);
		});
		assertTrue(inside, () -> control.getData("hn.siempleo.id") + " is cut off in a 1366×768 window: "
				+ ui.call(() -> control.getDisplay().map(control.getParent(), shell, control.getBounds())));
	}

	private void shot(String name) throws Exception {
		// GTK paints on its frame clock: give it a few frames before the pixels are copied (pictures only)
		for (int frame = 0; frame < 12; frame++) {
			ui.run(() -> {
				while (window.widget().getDisplay().readAndDispatch()) {
					// paint what is pending
				}
			});
			Thread.sleep(50);
		}
		Path file = workbench.screenshot(name);
		assertTrue(Files.size(file) > 10_000, name);
	}
}
