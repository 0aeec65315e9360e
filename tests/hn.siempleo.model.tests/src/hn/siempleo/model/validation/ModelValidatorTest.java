// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.Office;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.fixtures.ModelFixtures;
import hn.siempleo.model.text.Validation;

/** Every rule: the valid fixture has no finding; one change breaks exactly that rule, on that element. */
class ModelValidatorTest {

	private static final SiempleoFactory F = SiempleoFactory.eINSTANCE;

	@Test
	void theValidFixtureHasNoFindings() {
		Diagnostic result = Validation.validate(ModelFixtures.validWorkspace());
		assertEquals(Diagnostic.OK, result.getSeverity(), () -> result.getChildren().toString());
	}

	static Stream<Arguments> breakages() {
		return Stream.of(
				Arguments.of(Rule.ACTION_OWNER, "persona responsable", (Consumer<Workspace>) w -> first(w).setResponsiblePerson(null)),
				Arguments.of(Rule.ACTION_DATES, "fecha de inicio", (Consumer<Workspace>) w -> first(w).setStartDate(null)),
				Arguments.of(Rule.ACTION_COST, "costo estimado", (Consumer<Workspace>) w -> second(w).setFundingSource("")),
				Arguments.of(Rule.ACTION_COST, "costo estimado", (Consumer<Workspace>) w -> second(w).setEstimatedCost(BigDecimal.ZERO)),
				Arguments.of(Rule.ACTION_DATE_ORDER, "anterior a la fecha de inicio",
						(Consumer<Workspace>) w -> first(w).setDueDate(LocalDate.of(2024, 12, 31))),
				Arguments.of(Rule.ACTION_PROGRESS_RANGE, "entre 0 y 100", (Consumer<Workspace>) w -> first(w).setProgress(150)),
				Arguments.of(Rule.ACTION_PROGRESS_DONE, "no está marcada como completada", (Consumer<Workspace>) w -> first(w).setProgress(100)),
				Arguments.of(Rule.ACTION_PROGRESS_DONE, "una acción completada tiene 100", (Consumer<Workspace>) w -> first(w).setStatus(ActionStatus.DONE)),
				Arguments.of(Rule.ACTION_PRIORITY, "1, 2, 3 o 4", (Consumer<Workspace>) w -> first(w).setPriority(0)),
				Arguments.of(Rule.ACTION_AXIS, "eje", (Consumer<Workspace>) w -> first(w).setAxis(null)),
				Arguments.of(Rule.CODE_REQUIRED, "falta el código", (Consumer<Workspace>) w -> first(w).setCode(" ")),
				Arguments.of(Rule.CODE_UNIQUE, "ya lo usa Acción AC-01", (Consumer<Workspace>) w -> second(w).setCode("AC-01")),
				Arguments.of(Rule.OFFICE_AGREEMENT, "ningún convenio", (Consumer<Workspace>) w -> w.getAgreements().get(0).getIntegratedOffices().clear()),
				Arguments.of(Rule.AGREEMENT_VALIDITY, "antes de empezar", (Consumer<Workspace>) w -> {
					w.getAgreements().get(0).setValidFrom(LocalDate.of(2025, 1, 1));
					w.getAgreements().get(0).setValidUntil(LocalDate.of(2024, 1, 1));
				}));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("breakages")
	void oneChangeBreaksOneRule(Rule rule, String messagePart, Consumer<Workspace> breakage) {
		Workspace workspace = ModelFixtures.validWorkspace();
		breakage.accept(workspace);
		List<Diagnostic> findings = Validation.validate(workspace).getChildren();
		assertEquals(1, findings.size(), findings::toString);
		Diagnostic finding = findings.get(0);
		assertEquals(rule, Rule.ofCode(finding.getCode()));
		assertEquals(ModelValidator.SOURCE, finding.getSource());
		assertEquals(rule.severity(), finding.getSeverity());
		assertTrue(finding.getMessage().contains(messagePart), finding.getMessage());
		assertTrue(finding.getData().get(0) instanceof org.eclipse.emf.ecore.EObject);
	}

	@Test
	void findingsNameTheElementAndTheField() {
		Workspace workspace = ModelFixtures.validWorkspace();
		Action action = first(workspace);
		action.setProgress(-5);
		Diagnostic finding = Validation.validate(workspace).getChildren().get(0);
		assertSame(action, finding.getData().get(0));
		assertSame(SiempleoPackage.Literals.ACTION__PROGRESS, finding.getData().get(1));
		assertEquals("Acción AC-01: el avance debe estar entre 0 y 100 %, y es -5 %.", finding.getMessage());
	}

	@Test
	void diagnosticsOfAnOfficeNameIt() {
		Workspace workspace = ModelFixtures.validWorkspace();
		hn.siempleo.model.Diagnostic diagnostic = F.createDiagnostic();
		diagnostic.setCode("DIAG-01");
		diagnostic.setScope(DiagnosticScope.OFFICE);
		workspace.getDiagnostics().add(diagnostic);
		assertOnly(workspace, Rule.DIAGNOSTIC_OFFICE);
		diagnostic.setOffice(workspace.getOffices().get(0));
		assertOnly(workspace, null);
	}

	@Test
	void assessmentsNeedACriterionAndActionsAnswerTheirOwnDimension() {
		Workspace workspace = ModelFixtures.validWorkspace();
		Dimension governance = dimension("GOB", "G1");
		Dimension alliances = dimension("ALI", "A1");
		workspace.getDimensions().add(governance);
		workspace.getDimensions().add(alliances);
		hn.siempleo.model.Diagnostic diagnostic = F.createDiagnostic();
		diagnostic.setCode("DIAG-01");
		Assessment assessment = F.createAssessment();
		diagnostic.getAssessments().add(assessment);
		workspace.getDiagnostics().add(diagnostic);
		assertOnly(workspace, Rule.ASSESSMENT_CRITERION);
		assessment.setCriterion(governance.getCriteria().get(0));
		Action action = first(workspace);
		action.setDimension(alliances);
		action.setOriginAssessment(assessment);
		assertTrue(assessment.getActions().contains(action), "the opposite side follows");
		assertOnly(workspace, Rule.ACTION_ORIGIN_DIMENSION);
		action.setDimension(governance);
		assertOnly(workspace, null);
	}

	@Test
	void scoresStayOnTheCriterionScaleAndGapsNeedARecommendation() {
		Workspace workspace = ModelFixtures.validWorkspace();
		Dimension governance = dimension("GOB", "G1");
		workspace.getDimensions().add(governance);
		Criterion criterion = governance.getCriteria().get(0);
		hn.siempleo.model.Diagnostic diagnostic = F.createDiagnostic();
		diagnostic.setCode("DIAG-01");
		Assessment assessment = F.createAssessment();
		assessment.setCriterion(criterion);
		assessment.setScore(MaturityLevel.CONSOLIDATED);
		diagnostic.getAssessments().add(assessment);
		workspace.getDiagnostics().add(diagnostic);
		assertOnly(workspace, null);
		criterion.getLevelDescriptions().addAll(List.of("No existe", "En diseño", "Aplicado"));
		assertOnly(workspace, Rule.ASSESSMENT_SCALE);
		assessment.setScore(MaturityLevel.INITIAL);
		assertOnly(workspace, Rule.ASSESSMENT_RECOMMENDATION);
		assessment.setRecommendation("Aprobar el mandato");
		assertOnly(workspace, null);
		assessment.setRecommendation(" ");
		assessment.setFindingKind(FindingKind.STRENGTH);
		assertOnly(workspace, null);
	}

	@Test
	void aFollowUpNeedsItsBaselineAndOfficeScansNameTheirOffice() {
		Workspace workspace = ModelFixtures.validWorkspace();
		hn.siempleo.model.Diagnostic baseline = F.createDiagnostic();
		baseline.setCode("DX-2023");
		hn.siempleo.model.Diagnostic followUp = F.createDiagnostic();
		followUp.setCode("DX-2025");
		followUp.setFollowUp(true);
		workspace.getDiagnostics().add(baseline);
		workspace.getDiagnostics().add(followUp);
		assertOnly(workspace, Rule.DIAGNOSTIC_BASELINE);
		followUp.setBaseline(baseline);
		assertOnly(workspace, null);
		workspace.getDiagnostics().remove(baseline);
		assertOnly(workspace, Rule.DIAGNOSTIC_BASELINE);
		workspace.getDiagnostics().add(baseline);
		hn.siempleo.model.Diagnostic officeScan = F.createDiagnostic();
		officeScan.setCode("DX-2023-OF1");
		baseline.getOfficeScans().add(officeScan);
		List<Diagnostic> findings = Validation.validate(workspace).getChildren();
		assertEquals(1, findings.size(), findings::toString);
		assertTrue(findings.get(0).getMessage().contains("forma parte de Diagnóstico DX-2023"), findings.get(0).getMessage());
		officeScan.setScope(DiagnosticScope.OFFICE);
		officeScan.setOffice(workspace.getOffices().get(0));
		assertOnly(workspace, null);
	}

	@Test
	void countsAndReportedProgressAreBounded() {
		Workspace workspace = ModelFixtures.validWorkspace();
		ReferralRecord referral = F.createReferralRecord();
		referral.setCount(-1);
		workspace.getAgreements().get(0).getReferrals().add(referral);
		assertOnly(workspace, Rule.REFERRAL_COUNT);
		referral.setCount(12);
		ProgressReport report = F.createProgressReport();
		report.setProgress(101);
		first(workspace).getProgressReports().add(report);
		assertOnly(workspace, Rule.REPORT_PROGRESS);
	}

	@Test
	void costsStaffAndResponseDaysAreNotNegative() {
		Workspace workspace = ModelFixtures.validWorkspace();
		Office office = workspace.getOffices().get(0);
		office.setStaff(-2);
		assertOnly(workspace, Rule.NOT_NEGATIVE);
		assertEquals("Oficina OF-01: el personal de la oficina no puede ser negativo (-2).",
				Validation.validate(workspace).getChildren().get(0).getMessage());
		office.setStaff(0);
		assertOnly(workspace, null);
		Action ownMeans = first(workspace);
		ownMeans.setEstimatedCost(new BigDecimal("-1500.50"));
		assertOnly(workspace, Rule.NOT_NEGATIVE);
		assertTrue(Validation.validate(workspace).getChildren().get(0).getMessage()
				.endsWith("el costo estimado no puede ser negativo (-1500.50)."));
		ownMeans.setEstimatedCost(BigDecimal.ZERO);
		assertOnly(workspace, null);
		// a budget action's negative cost is one finding, not also a missing cost
		Action budget = workspace.getPlans().get(0).getActions().get(1);
		budget.setEstimatedCost(new BigDecimal("-1"));
		assertOnly(workspace, Rule.NOT_NEGATIVE);
		budget.setEstimatedCost(null);
		assertOnly(workspace, Rule.ACTION_COST);
		budget.setEstimatedCost(new BigDecimal("1500000.00"));
		ProtocolStep step = F.createProtocolStep();
		step.setCode("P1");
		step.setResponseDays(-3);
		workspace.getAgreements().get(0).getProtocolSteps().add(step);
		assertOnly(workspace, Rule.NOT_NEGATIVE);
		step.setResponseDays(0);
		assertOnly(workspace, null);
	}

	@Test
	void codesMayRepeatAcrossKinds() {
		Workspace workspace = ModelFixtures.validWorkspace();
		first(workspace).setCode("OF-01");
		assertOnly(workspace, null);
	}

	private static void assertOnly(Workspace workspace, Rule rule) {
		List<Diagnostic> findings = Validation.validate(workspace).getChildren();
		if (rule == null) {
			assertTrue(findings.isEmpty(), findings::toString);
		} else {
			assertEquals(1, findings.size(), findings::toString);
			assertEquals(rule, Rule.ofCode(findings.get(0).getCode()), findings.get(0).getMessage());
		}
	}

	private static Dimension dimension(String code, String criterionCode) {
		Dimension dimension = F.createDimension();
		dimension.setCode(code);
		Criterion criterion = F.createCriterion();
		criterion.setCode(criterionCode);
		dimension.getCriteria().add(criterion);
		return dimension;
	}

	private static Action first(Workspace workspace) {
		return workspace.getPlans().get(0).getActions().get(0);
	}

	private static Action second(Workspace workspace) {
		return workspace.getPlans().get(0).getActions().get(1);
	}
}
