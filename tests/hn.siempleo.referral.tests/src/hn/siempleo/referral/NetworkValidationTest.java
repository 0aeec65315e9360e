// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Commitment;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.StepStatus;
import hn.siempleo.model.logic.Agreements;
import hn.siempleo.model.validation.ModelValidator;
import hn.siempleo.model.validation.Rule;
import hn.siempleo.referral.fixtures.Network;

/** The network's validation rules, and the agreement's validity at a date. */
class NetworkValidationTest {

	@Test
	void theFixtureIsClean() {
		assertEquals(List.of(), rules(new Network(), LocalDate.of(2025, 1, 1)));
	}

	@Test
	void commitmentForAnOfficeTheAgreementDoesNotCover() {
		Network n = new Network();
		Commitment commitment = SiempleoFactory.eINSTANCE.createCommitment();
		commitment.setInstitution(n.infop);
		commitment.setService(n.referral);
		commitment.getOffices().add(n.small);
		n.agreement.getCommitments().add(commitment);
		assertEquals(List.of(Rule.COMMITMENT_OFFICE), rules(n, LocalDate.of(2025, 1, 1)));
	}

	@Test
	void referralToANonParty() {
		Network n = new Network();
		n.referral(n.central, "2024-T1", n.setrass, n.spe, 2, ReferralOutcome.ATTENDED);
		assertEquals(List.of(Rule.REFERRAL_PARTY), rules(n, LocalDate.of(2025, 1, 1)));
	}

	@Test
	void stepDoneBeforeThePreviousOne() {
		Network n = new Network();
		LocalPlanStep third = SiempleoFactory.eINSTANCE.createLocalPlanStep();
		third.setStep(n.formulate);
		third.setStatus(StepStatus.DONE);
		third.setDate(LocalDate.of(2025, 3, 1));
		n.plan.getSteps().add(third);
		assertEquals(List.of(Rule.STEP_ORDER), rules(n, LocalDate.of(2025, 4, 1)));
	}

	@Test
	void expiredAgreementStillBackingIntegratedOffices() {
		Network n = new Network();
		LocalDate after = LocalDate.of(2027, 12, 1);
		assertEquals(List.of(Rule.AGREEMENT_EXPIRED), rules(n, after));
		assertEquals(Agreements.Validity.EXPIRED, Agreements.validity(n.agreement, after));
		assertEquals(Agreements.Validity.EXPIRING, Agreements.validity(n.agreement, LocalDate.of(2027, 9, 1)));
		assertEquals(Agreements.Validity.IN_FORCE, Agreements.validity(n.agreement, LocalDate.of(2027, 9, 1).minusDays(1)));
		assertEquals(Agreements.Validity.NOT_STARTED, Agreements.validity(n.agreement, LocalDate.of(2023, 1, 1)));
		assertEquals(90, Agreements.daysLeft(n.agreement, LocalDate.of(2027, 9, 1)));
	}

	private static List<Rule> rules(Network n, LocalDate today) {
		Map<Object, Object> context = new HashMap<>();
		context.put(ModelValidator.TODAY, today);
		BasicDiagnostic chain = new BasicDiagnostic();
		new org.eclipse.emf.ecore.util.Diagnostician(
				new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl() {
					private static final long serialVersionUID = 1L;
					{
						put(hn.siempleo.model.SiempleoPackage.eINSTANCE, new ModelValidator());
					}
				}).validate(n.workspace, chain, context);
		List<Diagnostic> findings = chain.getChildren().stream()
				.filter(d -> ModelValidator.SOURCE.equals(d.getSource())).toList();
		assertTrue(findings.stream().allMatch(d -> Rule.ofCode(d.getCode()) != null));
		return findings.stream().map(d -> Rule.ofCode(d.getCode()))
				.filter(r -> r != Rule.CODE_REQUIRED && r != Rule.CODE_UNIQUE).distinct().toList();
	}
}
