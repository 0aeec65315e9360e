// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoPackage.Literals;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.validation.ModelValidator;
import hn.siempleo.model.text.Validation;

/** Every diagnostic command through execute, undo and redo on the model's one command stack. */
class DiagnosticCommandsTest {

	@TempDir
	Path folder;
	private ShippedDiagnostic shipped;
	private EditingDomain domain;
	private Workspace workspace;
	private Diagnostic national;

	@BeforeEach
	void open() throws Exception {
		shipped = ShippedDiagnostic.open(folder);
		domain = shipped.model().editingDomain();
		workspace = shipped.workspace();
		national = shipped.national();
	}

	@Test
	void aNationalScanGetsEveryCriterionAndAScanPerOpenOffice() {
		Command command = DiagnosticCommands.newScan(domain, workspace,
				new ScanSpec("DX-2025-NAC", "PES Scan 2025", LocalDate.of(2025, 9, 1), DiagnosticScope.NATIONAL, null, true));
		shipped.replay(command, () -> assertEquals(1, workspace.getDiagnostics().size()), () -> {
			assertEquals(2, workspace.getDiagnostics().size());
			Diagnostic scan = workspace.getDiagnostics().get(1);
			assertEquals("DX-2025-NAC", scan.getCode());
			assertEquals(17, scan.getAssessments().size());
			assertTrue(scan.getAssessments().stream().allMatch(a -> a.getScore() == MaturityLevel.NOT_ASSESSED));
			assertEquals(16, scan.getOfficeScans().size(), "one per open office (Roatán is closed)");
			assertEquals("DX-2025-NAC-OF-01", scan.getOfficeScans().get(0).getCode());
			assertEquals(DiagnosticScope.OFFICE, scan.getOfficeScans().get(0).getScope());
		});
		assertEquals("Nuevo diagnóstico DX-2025-NAC", command.getLabel());
		assertTrue(Validation.validate(workspace).getChildren().stream()
				.noneMatch(d -> d.getSeverity() >= org.eclipse.emf.common.util.Diagnostic.ERROR));
	}

	@Test
	void anOfficeScanNamesItsOffice() {
		Office office = workspace.getOffices().get(3);
		Command command = DiagnosticCommands.newScan(domain, workspace,
				new ScanSpec("DX-2025-OF-04", "PES Scan 2025 El Progreso", null, DiagnosticScope.OFFICE, office, true));
		shipped.replay(command, () -> assertEquals(1, workspace.getDiagnostics().size()), () -> {
			Diagnostic scan = workspace.getDiagnostics().get(1);
			assertSame(office, scan.getOffice());
			assertTrue(scan.getOfficeScans().isEmpty(), "office scans only for national ones");
		});
	}

	@Test
	void aFollowUpCopiesTheScoresAndPointsToItsBaseline() {
		Command command = DiagnosticCommands.followUp(domain, national, "DX-2025-NAC", "Seguimiento 2025",
				LocalDate.of(2025, 9, 15));
		shipped.replay(command, () -> assertEquals(1, workspace.getDiagnostics().size()), () -> {
			Diagnostic followUp = workspace.getDiagnostics().get(1);
			assertTrue(followUp.isFollowUp());
			assertSame(national, followUp.getBaseline());
			assertEquals(scores(national), scores(followUp));
			assertEquals(ShippedDiagnostic.assessment(national, "G4").getResourceNeed(),
					ShippedDiagnostic.assessment(followUp, "G4").getResourceNeed());
			assertTrue(followUp.getAssessments().stream().allMatch(a -> a.getActions().isEmpty()),
					"actions stay with the baseline");
			assertEquals(17, followUp.getOfficeScans().size());
			Diagnostic officeScan = followUp.getOfficeScans().get(0);
			assertSame(national.getOfficeScans().get(0), officeScan.getBaseline());
			assertEquals("DX-2025-NAC-OF-01", officeScan.getCode());
			assertFalse(followUp.getId().equals(national.getId()), "a new identity");
		});
	}

	@Test
	void aScoreIsSetAndNamedForUndo() {
		Assessment g3 = ShippedDiagnostic.assessment(national, "G3");
		Command command = DiagnosticCommands.setScore(domain, g3, MaturityLevel.ESTABLISHED);
		assertEquals("Puntaje de G3", command.getLabel());
		shipped.replay(command, () -> assertEquals(MaturityLevel.INITIAL, g3.getScore()),
				() -> assertEquals(MaturityLevel.ESTABLISHED, g3.getScore()));
	}

	@Test
	void aBlankTextClearsTheField() {
		Assessment g3 = ShippedDiagnostic.assessment(national, "G3");
		String before = g3.getRecommendation();
		shipped.replay(DiagnosticCommands.set(domain, g3, Literals.ASSESSMENT__RECOMMENDATION, "  "),
				() -> assertEquals(before, g3.getRecommendation()), () -> assertNull(g3.getRecommendation()));
	}

	@Test
	void anActionCreatedFromAGapIsLinkedBothWays() {
		ActionPlan plan = workspace.getPlans().get(0);
		Gap gap = Gap.of(national, 3).stream().filter(g -> g.criterion().getCode().equals("R3")).findFirst()
				.orElseThrow();
		ActionProposal proposal = ActionProposal.propose(gap, plan);
		int linked = gap.assessment().getActions().size();
		Command command = DiagnosticCommands.createAction(domain, plan, proposal);
		shipped.replay(command, () -> {
			assertEquals(83, plan.getActions().size());
			assertEquals(linked, gap.assessment().getActions().size());
		}, () -> {
			assertEquals(84, plan.getActions().size());
			Action action = plan.getActions().get(83);
			assertEquals("AC-84", action.getCode());
			assertSame(gap.assessment(), action.getOriginAssessment());
			assertTrue(gap.assessment().getActions().contains(action));
			assertEquals("REN", action.getDimension().getCode());
			assertEquals(proposal.priority(), action.getPriority());
			assertSame(proposal.axis(), action.getAxis());
		});
		assertEquals(List.of(command.getResult().iterator().next()), List.of(plan.getActions().get(83)));
	}

	@Test
	void evidenceFileNamesAreAttachedAndRemoved() {
		Assessment g3 = ShippedDiagnostic.assessment(national, "G3");
		shipped.replay(DiagnosticCommands.attach(domain, g3, "acta.pdf"), () -> assertTrue(g3.getAttachments().isEmpty()),
				() -> assertEquals(List.of("acta.pdf"), g3.getAttachments()));
		shipped.replay(DiagnosticCommands.detach(domain, g3, "acta.pdf"),
				() -> assertEquals(List.of("acta.pdf"), g3.getAttachments()), () -> assertTrue(g3.getAttachments().isEmpty()));
	}

	private static List<MaturityLevel> scores(Diagnostic diagnostic) {
		return diagnostic.getAssessments().stream().map(Assessment::getScore).toList();
	}
}
