// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import hn.siempleo.diagnostic.EvidenceFiles;
import hn.siempleo.diagnostic.ui.DiagnosticUiIds;
import hn.siempleo.diagnostic.ui.fixtures.DiagnosticWorkbench;
import hn.siempleo.diagnostic.ui.internal.ScoreColours;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.tests.uikit.ScreenshotOnFailure;
import hn.siempleo.tests.uikit.ShellDriver;
import hn.siempleo.tests.uikit.UiKit;
import hn.siempleo.ui.Debouncer;
import hn.siempleo.ui.WorkbenchIds;

/** The shipped diagnostic opened from the explorer; scores entered by keyboard change the summary until undone. */
@ExtendWith(ScreenshotOnFailure.class)
class DiagnosticEditorTest {

	private final DiagnosticWorkbench workbench = DiagnosticWorkbench.start();
	private final UiKit ui = workbench.ui();
	private final ShellDriver window = workbench.window();
	private Diagnostic national;

	@AfterEach
	void leaveTheModelAsFound() {
		workbench.undoEverything();
	}

	@BeforeEach
	void openTheShippedDiagnostic() {
		national = workbench.national();
		workbench.openFromExplorer(national);
	}

	@Test
	void theShippedDiagnosticOpensOnItsSummaryInTheDiagnosticPerspective() {
		assertEquals(WorkbenchIds.PERSPECTIVE_DIAGNOSTIC, ui.call(() -> PlatformUI.getWorkbench()
				.getActiveWorkbenchWindow().getActivePage().getPerspective().getId()));
		// GOB 2.25, ORG 1.40, ALI 1.50, REN 1.50
		ui.waitUntil("el puntaje general", () -> "1.66 de 4".equals(window.label("summary.overall").text()));
		assertEquals("1.88", window.label("summary.preparation").text());
		assertEquals("1.45", window.label("summary.response").text());
		assertEquals("2", window.label("summary.strengths").text());
		assertEquals("15", window.label("summary.gaps").text());
		assertEquals("0", window.label("summary.unanswered").text());
		HeatMapCanvas heatMap = window.byId(HeatMapCanvas.class, "summary.heatmap");
		assertTrue(ui.call(() -> heatMap.isVisible() && heatMap.heatMap() != null
				&& heatMap.heatMap().offices().size() == 17), "the heat map of the 17 offices");
		ScoreChart chart = window.byId(ScoreChart.class, "summary.chart");
		assertEquals(5, ui.call(() -> chart.bars().size()), "four dimensions and the overall score");
		assertEquals("(ninguno)", window.combo("summary.compareWith").selection(), "a first scan compares with nothing");
	}

	@Test
	void theMenuOpensTheEditorInTheDiagnosticPerspectiveFromAnyOther() {
		ui.run(() -> {
			var page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			page.hideView(page.findView(DiagnosticUiIds.VIEW_EDITOR));
			try {
				PlatformUI.getWorkbench().showPerspective(WorkbenchIds.PERSPECTIVE_PLANNING, page.getWorkbenchWindow());
			} catch (WorkbenchException e) {
				throw new IllegalStateException(e);
			}
		});
		window.menu("Diagnóstico", "Abrir el editor del diagnóstico");
		ui.waitUntil("la perspectiva Diagnóstico", () -> WorkbenchIds.PERSPECTIVE_DIAGNOSTIC.equals(PlatformUI
				.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective().getId()));
		ui.waitUntil("el resumen del diagnóstico", () -> window.hasId("summary.overall")
				&& "1.66 de 4".equals(window.label("summary.overall").text()));
	}

	@Test
	void aDigitSetsTheScoreOfTheSelectedCriterionAndTheSummaryFollowsUntilUndone() {
		workbench.page(DiagnosticWorkbench.CRITERIA);
		Assessment g3 = workbench.assessment(national, "G3");
		workbench.selectCriterion(g3);
		ui.waitUntil("G3 en el formulario", () -> window.label("criteria.title").text().startsWith("G3 "));
		assertTrue(window.label("criteria.title").text().contains("monitoreo"));
		Tree tree = window.byId(Tree.class, "criteria.tree");

		workbench.press(tree, '3');
		ui.waitUntil("G3 establecido", () -> g3.getScore() == MaturityLevel.ESTABLISHED);
		Button established = window.byId(Button.class, "criteria.level.3");
		ui.waitUntil("el nivel elegido en el formulario", () -> established.getSelection());
		assertEquals("Deshacer Puntaje de G3", workbench.undoLabel());
		workbench.page(DiagnosticWorkbench.SUMMARY);
		// GOB (4+3+3+1)/4 = 2.75; overall (2.75+1.40+1.50+1.50)/4
		ui.waitUntil("el resumen sigue el puntaje", () -> "1.79 de 4".equals(window.label("summary.overall").text()));
		ScoreChart chart = window.byId(ScoreChart.class, "summary.chart");
		assertEquals("2.75", ui.call(() -> chart.bars().get(0).current().text()), "the bar of Gobernanza");

		workbench.undo();
		ui.waitUntil("deshacer", () -> g3.getScore() == MaturityLevel.INITIAL);
		ui.waitUntil("el resumen vuelve", () -> "1.66 de 4".equals(window.label("summary.overall").text()));
	}

	@Test
	void unansweredCriteriaAreHighlightedAndCounted() {
		workbench.page(DiagnosticWorkbench.CRITERIA);
		Assessment g1 = workbench.assessment(national, "G1");
		workbench.selectCriterion(g1);
		assertEquals("Todos los criterios tienen puntaje.", window.label("criteria.unanswered").text());
		workbench.press(window.byId(Tree.class, "criteria.tree"), '0');
		ui.waitUntil("G1 sin evaluar", () -> g1.getScore() == MaturityLevel.NOT_ASSESSED);
		ui.waitUntil("contado", () -> "1 de 17 criterios sin responder (resaltados)"
				.equals(window.label("criteria.unanswered").text()));
		Tree tree = window.byId(Tree.class, "criteria.tree");
		assertTrue(ui.call(() -> Objects.equals(ScoreColours.UNANSWERED, item(tree, g1).getBackground())), "highlighted");
		workbench.page(DiagnosticWorkbench.SUMMARY);
		assertEquals("1", window.label("summary.unanswered").text());
		workbench.undo();
		workbench.page(DiagnosticWorkbench.CRITERIA);
		ui.waitUntil("de nuevo contestado", () -> "Todos los criterios tienen puntaje."
				.equals(window.label("criteria.unanswered").text()));
		assertFalse(ui.call(() -> Objects.equals(ScoreColours.UNANSWERED, item(tree, g1).getBackground())));
	}

	@Test
	void eachLevelIsDescribedWhileChoosingAndTextsAreCommands() {
		workbench.page(DiagnosticWorkbench.CRITERIA);
		Assessment o1 = workbench.assessment(national, "O1");
		workbench.selectCriterion(o1);
		ui.waitUntil("O1 en el formulario", () -> window.label("criteria.title").text().startsWith("O1 "));
		assertTrue(window.hasId("criteria.level.4"));
		assertTrue(ui.call(() -> window.byId(Button.class, "criteria.level.2").getSelection()), "O1 is En desarrollo");
		String consolidated = ui.call(() -> o1.getCriterion().getLevelDescriptions().get(3));
		assertTrue(window.labelContaining("revisan con la experiencia").text().equals(consolidated),
				"level 4's description beside its choice");
		String before = ui.call(o1::getEvidence);
		window.text("criteria.evidence").type("Manual aprobado en 2025");
		ui.waitUntil("la evidencia en el modelo", () -> "Manual aprobado en 2025".equals(o1.getEvidence()));
		assertEquals("Deshacer Valoración de O1", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("deshacer", () -> Objects.equals(before, o1.getEvidence()));
		ui.waitUntil("el formulario muestra el texto anterior",
				() -> Objects.equals(before, window.text("criteria.evidence").value()));
	}

	@Test
	void aGapWithoutRecommendationIsAProblemAndInicioShowsTheFigures() throws Exception {
		workbench.page(DiagnosticWorkbench.CRITERIA);
		Assessment g3 = workbench.assessment(national, "G3");
		workbench.selectCriterion(g3);
		ui.waitUntil("G3 en el formulario", () -> window.label("criteria.title").text().startsWith("G3 "));
		// the undo after the previous test asks for a validation once edits are quiet: read the figures after it
		Thread.sleep(2L * Debouncer.EDIT_QUIET_MILLIS);
		String problems = window.label("problems.summary").text();
		window.text("criteria.recommendation").type("");
		ui.waitUntil("sin recomendación", () -> g3.getRecommendation() == null);
		ui.waitUntil("un aviso más en Problemas", () -> !window.label("problems.summary").text().equals(problems));
		assertTrue(window.tree("problems.tree").childTexts(window.tree("problems.tree").rootTexts().get(0)).stream()
				.anyMatch(text -> text.contains("G3 es una brecha sin recomendación")));
		workbench.undo();
		ui.waitUntil("Problemas como antes", () -> window.label("problems.summary").text().equals(problems));

		workbench.press(window.byId(Tree.class, "criteria.tree"), '4');
		ui.waitUntil("G3 consolidado", () -> g3.getScore() == MaturityLevel.CONSOLIDATED);
		ui.run(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(WorkbenchIds.VIEW_INICIO);
			} catch (org.eclipse.ui.PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		// GOB (4+3+4+1)/4 = 3.00; overall (3.00+1.40+1.50+1.50)/4 = 1.85; 14 gaps
		ui.waitUntil("Inicio con el puntaje nuevo", () -> window.hasId("inicio.diagnostic.overall")
				&& "1.85".equals(window.label("inicio.diagnostic.overall").text()));
		assertEquals("14", window.label("inicio.diagnostic.gaps").text());
		workbench.undo();
		ui.waitUntil("Inicio como antes", () -> "1.66".equals(window.label("inicio.diagnostic.overall").text()));
	}

	@Test
	void evidenceFilesAreCopiedBesideTheModelAndNamedOnTheAssessment() throws Exception {
		Assessment a1 = workbench.assessment(national, "A1");
		org.eclipse.swt.widgets.List files = attach(a1, "acta-convenio.pdf", "acta");
		ui.waitUntil("el nombre en la valoración", () -> a1.getAttachments().contains("acta-convenio.pdf"));
		Path copy = ui.call(() -> EvidenceFiles.folder(workbench.model().location(), national).orElseThrow())
				.resolve("acta-convenio.pdf");
		assertEquals("acta", Files.readString(copy), "copied into the evidence folder beside the model");
		assertTrue(copy.getParent().getParent().getFileName().toString().endsWith("-evidencias"));
		ui.waitUntil("en la lista", () -> List.of(files.getItems()).contains("acta-convenio.pdf"));
		assertFalse(window.button("Abrir").isEnabled(), "nothing selected yet");
		ui.post(() -> {
			files.setSelection(0);
			files.notifyListeners(SWT.Selection, new Event());
		});
		ui.waitUntil("Abrir disponible", () -> window.button("Abrir").isEnabled());
		assertEquals("Deshacer Adjuntar acta-convenio.pdf a A1", workbench.undoLabel());
		workbench.undo();
		ui.waitUntil("el nombre quitado", () -> a1.getAttachments().isEmpty());
		assertTrue(Files.exists(copy), "the file stays, so that redo finds it");
	}

	@Test
	void anEvidenceFileThatIsNotADocumentIsNotHandedToTheSystem() throws Exception {
		Assessment a2 = workbench.assessment(national, "A2");
		org.eclipse.swt.widgets.List files = attach(a2, "informe.desktop",
				"[Desktop Entry]\nType=Application\nExec=touch /tmp/siempleo-no-debe-existir\n");
		ui.waitUntil("en la lista", () -> List.of(files.getItems()).contains("informe.desktop"));
		ui.post(() -> {
			files.setSelection(files.indexOf("informe.desktop"));
			files.notifyListeners(SWT.Selection, new Event());
		});
		ui.waitUntil("Abrir disponible", () -> window.button("Abrir").isEnabled());
		window.button("Abrir").click();
		ShellDriver warning = ui.shell("Archivos de evidencia");
		assertTrue(warning.labelContaining("informe.desktop").text().contains("Por seguridad"));
		warning.close();
		ui.waitUntilClosed(warning);
		workbench.undo();
		ui.waitUntil("el nombre quitado", () -> a2.getAttachments().isEmpty());
	}

	/**
	 * Shows an assessment in Criterios and attaches a new file of that name and content to it, as the file dialog
	 * would; returns the list of its files.
	 */
	@SuppressWarnings("unchecked")
	private org.eclipse.swt.widgets.List attach(Assessment assessment, String name, String content) throws Exception {
		workbench.page(DiagnosticWorkbench.CRITERIA);
		workbench.selectCriterion(assessment);
		String code = ui.call(() -> assessment.getCriterion().getCode());
		ui.waitUntil(code + " en el formulario", () -> window.label("criteria.title").text().startsWith(code + " "));
		Path source = Files.writeString(Files.createTempDirectory("evidencia").resolve(name), content);
		org.eclipse.swt.widgets.List files = window.byId(org.eclipse.swt.widgets.List.class, "criteria.files");
		ui.run(() -> ((Consumer<List<Path>>) files.getData(EvidenceList.ATTACH)).accept(List.of(source)));
		return files;
	}

	private static TreeItem item(Tree tree, Assessment assessment) {
		for (TreeItem group : tree.getItems()) {
			for (TreeItem item : group.getItems()) {
				if (item.getData() == assessment) {
					return item;
				}
			}
		}
		throw new AssertionError(assessment.getCriterion().getCode());
	}

}
