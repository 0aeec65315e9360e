// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Agreement;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Coded;
import hn.siempleo.model.Commitment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.Office;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.ReferralRecord;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;
import hn.siempleo.model.logic.Actions;
import hn.siempleo.model.logic.Assessments;
import hn.siempleo.model.logic.Agreements;
import hn.siempleo.model.logic.LocalPlans;
import hn.siempleo.model.logic.ModelClock;
import hn.siempleo.model.logic.Definitions;

/**
 * The model's {@link EValidator}: EMF's structural checks plus the {@link Rule}s, with Spanish messages
 * naming the element and the reason. Shared by the workbench, the command line and the reports.
 * Each finding's data holds the element first and, where one field is at fault, the feature second.
 */
public final class ModelValidator extends EObjectValidator {

	/** The {@link org.eclipse.emf.common.util.Diagnostic#getSource()} of every finding of the rules. */
	public static final String SOURCE = "hn.siempleo.model";

	/** Validation-context key of the {@link LocalDate} that date-dependent rules take as today. */
	public static final String TODAY = "hn.siempleo.model.validation.today";

	private static final SiempleoPackage PKG = SiempleoPackage.eINSTANCE;

	/**
	 * Validates an element and everything it contains; never null, {@code OK} when nothing was found.
	 *
	 * @param describe how messages name an element (the user's words live in hn.siempleo.model.text's
	 *            {@code Labels::describe}, which {@code Validation.validate} passes)
	 */
	public static org.eclipse.emf.common.util.Diagnostic validateTree(EObject root, Function<EObject, String> describe) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(PKG, new ModelValidator());
		Diagnostician diagnostician = new Diagnostician(registry) {
			@Override
			public String getObjectLabel(EObject eObject) {
				return describe.apply(eObject);
			}
		};
		org.eclipse.emf.common.util.Diagnostic result = diagnostician.validate(root);
		if (root instanceof Workspace workspace && result instanceof BasicDiagnostic chain) {
			ContributedRules.check(workspace, chain);
		}
		return result;
	}

	@Override
	protected EPackage getEPackage() {
		return PKG;
	}

	@Override
	public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean structural = super.validate(eClass, object, diagnostics, context);
		if (eClass.getEPackage() != PKG) {
			return structural;
		}
		Findings findings = new Findings(object, diagnostics, context);
		if (object instanceof Coded coded) {
			checkCode(coded, findings, context);
		}
		switch (object) {
			case Action action -> checkAction(action, findings);
			case Office office -> checkOffice(office, findings);
			case Diagnostic diagnostic -> checkDiagnostic(diagnostic, findings);
			case Assessment assessment -> checkAssessment(assessment, findings);
			case Agreement agreement -> checkAgreement(agreement, findings, context);
			case Commitment commitment -> checkCommitment(commitment, findings);
			case ReferralRecord referral -> checkReferral(referral, findings);
			case LocalPlanStep step -> findings.check(!LocalPlans.doneBeforePrevious(step), Rule.STEP_ORDER,
					PKG.getLocalPlanStep_Status(), Messages.Rule_stepOrder);
			case ProtocolStep step -> findings.check(step.getResponseDays() >= 0, Rule.NOT_NEGATIVE,
					PKG.getProtocolStep_ResponseDays(), Messages.Rule_negativeResponseDays, step.getResponseDays());
			case ProgressReport report -> findings.check(report.getProgress() >= 0 && report.getProgress() <= 100,
					Rule.REPORT_PROGRESS, PKG.getProgressReport_Progress(), Messages.Rule_reportProgress,
					report.getProgress());
			default -> {
			}
		}
		return structural && findings.clean();
	}

	private static void checkAction(Action action, Findings findings) {
		int priority = action.getPriority();
		findings.check(priority >= 1 && priority <= 4, Rule.ACTION_PRIORITY, PKG.getAction_Priority(),
				Messages.Rule_actionPriority, priority);
		BigDecimal cost = action.getEstimatedCost();
		boolean negativeCost = cost != null && cost.signum() < 0;
		findings.check(!negativeCost, Rule.NOT_NEGATIVE, PKG.getAction_EstimatedCost(), Messages.Rule_negativeCost,
				negativeCost ? cost.toPlainString() : null);
		if (Actions.needsBudget(priority)) {
			// a negative cost is one finding, not also a missing one
			findings.check(negativeCost || Definitions.hasCost(action), Rule.ACTION_COST, PKG.getAction_EstimatedCost(),
					Messages.Rule_actionCost, priority);
		} else {
			findings.check(Definitions.hasOwner(action), Rule.ACTION_OWNER, PKG.getAction_ResponsiblePerson(),
					Messages.Rule_actionOwner, priority);
			findings.check(Definitions.hasDates(action), Rule.ACTION_DATES,
					action.getStartDate() == null ? PKG.getAction_StartDate() : PKG.getAction_DueDate(),
					Messages.Rule_actionDates, priority);
		}
		if (action.getStartDate() != null && action.getDueDate() != null) {
			findings.check(!action.getDueDate().isBefore(action.getStartDate()), Rule.ACTION_DATE_ORDER,
					PKG.getAction_DueDate(), Messages.Rule_actionDateOrder, action.getDueDate(), action.getStartDate());
		}
		int progress = action.getProgress();
		boolean inRange = progress >= 0 && progress <= 100;
		findings.check(inRange, Rule.ACTION_PROGRESS_RANGE, PKG.getAction_Progress(), Messages.Rule_actionProgressRange,
				progress);
		if (inRange) {
			boolean done = action.getStatus() == ActionStatus.DONE;
			findings.check(done == (progress == 100), Rule.ACTION_PROGRESS_DONE, PKG.getAction_Progress(),
					done ? Messages.Rule_actionDoneNot100 : Messages.Rule_action100NotDone, progress);
		}
		findings.check(action.getAxis() != null, Rule.ACTION_AXIS, PKG.getAction_Axis(), Messages.Rule_actionAxis);
		Assessment origin = action.getOriginAssessment();
		if (origin != null && origin.getCriterion() != null && action.getDimension() != null) {
			findings.check(origin.getCriterion().eContainer() == action.getDimension(), Rule.ACTION_ORIGIN_DIMENSION,
					PKG.getAction_OriginAssessment(), Messages.Rule_actionOriginDimension,
					findings.label(origin.getCriterion()), findings.label(action.getDimension()));
		}
	}

	private static void checkOffice(Office office, Findings findings) {
		findings.check(office.getStaff() >= 0, Rule.NOT_NEGATIVE, PKG.getOffice_Staff(), Messages.Rule_negativeStaff,
				office.getStaff());
		if (office.getModel() != OfficeModel.INTEGRATED) {
			return;
		}
		Workspace workspace = workspaceOf(office);
		boolean covered = workspace != null
				&& workspace.getAgreements().stream().anyMatch(a -> a.getIntegratedOffices().contains(office));
		findings.check(covered, Rule.OFFICE_AGREEMENT, PKG.getOffice_Model(), Messages.Rule_officeAgreement);
	}

	private static void checkDiagnostic(Diagnostic diagnostic, Findings findings) {
		if (diagnostic.eContainer() instanceof Diagnostic national) {
			findings.check(diagnostic.getScope() == DiagnosticScope.OFFICE, Rule.DIAGNOSTIC_OFFICE,
					PKG.getDiagnostic_Scope(), Messages.Rule_diagnosticOfficeScan, findings.label(national));
		}
		if (diagnostic.getScope() == DiagnosticScope.OFFICE) {
			findings.check(diagnostic.getOffice() != null, Rule.DIAGNOSTIC_OFFICE, PKG.getDiagnostic_Office(),
					Messages.Rule_diagnosticOffice);
		}
		Diagnostic baseline = diagnostic.getBaseline();
		if (diagnostic.isFollowUp()) {
			boolean present = baseline != null && !baseline.eIsProxy() && baseline != diagnostic
					&& workspaceOrRoot(baseline) == workspaceOrRoot(diagnostic);
			findings.check(present, Rule.DIAGNOSTIC_BASELINE, PKG.getDiagnostic_Baseline(),
					Messages.Rule_diagnosticBaseline);
		}
	}

	private static void checkAssessment(Assessment assessment, Findings findings) {
		findings.check(assessment.getCriterion() != null, Rule.ASSESSMENT_CRITERION, PKG.getAssessment_Criterion(),
				Messages.Rule_assessmentCriterion);
		String criterion = findings.label(assessment.getCriterion());
		findings.check(Assessments.inScale(assessment), Rule.ASSESSMENT_SCALE, PKG.getAssessment_Score(),
				Messages.Rule_assessmentScale, criterion, assessment.getScore().getValue(),
				Assessments.levels(assessment.getCriterion()));
		// office scans of a national scan feed its heat map; recommendations are made nationally
		boolean partOfNational = assessment.eContainer() instanceof Diagnostic scan
				&& scan.eContainer() instanceof Diagnostic;
		if (!partOfNational && Assessments.isGap(assessment, Assessments.DEFAULT_THRESHOLD)) {
			findings.check(Assessments.hasRecommendation(assessment), Rule.ASSESSMENT_RECOMMENDATION,
					PKG.getAssessment_Recommendation(), Messages.Rule_assessmentRecommendation, criterion);
		}
	}

	private static void checkAgreement(Agreement agreement, Findings findings, Map<Object, Object> context) {
		boolean ordered = agreement.getValidFrom() == null || agreement.getValidUntil() == null
				|| !agreement.getValidUntil().isBefore(agreement.getValidFrom());
		findings.check(ordered, Rule.AGREEMENT_VALIDITY, PKG.getAgreement_ValidUntil(), Messages.Rule_agreementValidity,
				agreement.getValidUntil(), agreement.getValidFrom());
		// an inverted validity is one finding, not also an expiry
		if (ordered && Agreements.validity(agreement, today(agreement, context)) == Agreements.Validity.EXPIRED) {
			List<Office> relying = agreement.getIntegratedOffices().stream()
					.filter(office -> office.getModel() == OfficeModel.INTEGRATED).toList();
			findings.check(relying.isEmpty(), Rule.AGREEMENT_EXPIRED, PKG.getAgreement_ValidUntil(),
					Messages.Rule_agreementExpired, agreement.getValidUntil(), labels(relying, findings));
		}
	}

	private static void checkCommitment(Commitment commitment, Findings findings) {
		if (!(commitment.eContainer() instanceof Agreement agreement)) {
			return;
		}
		List<Office> outside = commitment.getOffices().stream().filter(office -> !Agreements.covers(agreement, office))
				.toList();
		findings.check(outside.isEmpty(), Rule.COMMITMENT_OFFICE, PKG.getCommitment_Offices(),
				Messages.Rule_commitmentOffice, labels(outside, findings));
	}

	private static void checkReferral(ReferralRecord referral, Findings findings) {
		findings.check(referral.getCount() >= 0, Rule.REFERRAL_COUNT, PKG.getReferralRecord_Count(),
				Messages.Rule_referralCount, referral.getCount());
		if (referral.eContainer() instanceof Agreement agreement && referral.getTo() != null) {
			findings.check(Agreements.isParty(agreement, referral.getTo()), Rule.REFERRAL_PARTY,
					PKG.getReferralRecord_To(), Messages.Rule_referralParty, findings.label(referral.getTo()));
		}
	}

	private static String labels(List<? extends EObject> elements, Findings findings) {
		return elements.stream().map(findings::label).collect(Collectors.joining(", "));
	}

	/**
	 * The date the date-dependent rules use: a {@link LocalDate} under {@link #TODAY} in the validation
	 * context, else the model's clock ({@link ModelClock}).
	 */
	private static LocalDate today(EObject element, Map<Object, Object> context) {
		if (context != null && context.get(TODAY) instanceof LocalDate pinned) {
			return pinned;
		}
		return ModelClock.today(element);
	}

	private static void checkCode(Coded coded, Findings findings, Map<Object, Object> context) {
		String code = coded.getCode();
		if (code == null || code.isBlank()) {
			findings.check(false, Rule.CODE_REQUIRED, PKG.getCoded_Code(), Messages.Rule_codeRequired);
			return;
		}
		Map<String, EObject> seen = codesOfKind(coded.eClass(), coded.eContainer(), context);
		EObject first = seen.putIfAbsent(code.strip(), coded);
		findings.check(first == null || first == coded, Rule.CODE_UNIQUE, PKG.getCoded_Code(), Messages.Rule_codeUnique,
				code, first == null ? "" : findings.label(first));
	}

	/** Codes already met for a kind of element within one workspace, kept in the validation context. */
	@SuppressWarnings("unchecked")
	private static Map<String, EObject> codesOfKind(EClass kind, EObject container, Map<Object, Object> context) {
		Object scope = container == null ? kind : List2.of(workspaceOrRoot(container), kind);
		if (context == null) {
			return new HashMap<>();
		}
		return (Map<String, EObject>) context.computeIfAbsent(scope, k -> new HashMap<String, EObject>());
	}

	private static EObject workspaceOrRoot(EObject object) {
		EObject current = object;
		while (current.eContainer() != null) {
			current = current.eContainer();
		}
		return current;
	}

	private static Workspace workspaceOf(EObject object) {
		return workspaceOrRoot(object) instanceof Workspace workspace ? workspace : null;
	}

	/** A pair usable as a map key (record equality). */
	private record List2(Object first, Object second) {
		static List2 of(Object first, Object second) {
			return new List2(first, second);
		}
	}

	/** Collects the findings for one element. */
	private static final class Findings {
		private final EObject object;
		private final DiagnosticChain chain;
		private boolean clean = true;

		private final Map<Object, Object> context;

		Findings(EObject object, DiagnosticChain chain, Map<Object, Object> context) {
			this.object = object;
			this.chain = chain;
			this.context = context;
		}

		/** An element as the caller's label provider names it (EMF's substitution label provider). */
		String label(EObject element) {
			return element == null ? "" : getObjectLabel(element, context);
		}

		void check(boolean ok, Rule rule, EStructuralFeature feature, String message, Object... arguments) {
			if (ok) {
				return;
			}
			clean = false;
			if (chain == null) {
				return;
			}
			Object[] bound = new Object[arguments.length + 1];
			bound[0] = label(object);
			System.arraycopy(arguments, 0, bound, 1, arguments.length);
			chain.add(new BasicDiagnostic(rule.severity(), SOURCE, rule.code(), NLS.bind(message, bound),
					new Object[] { object, feature }));
		}

		boolean clean() {
			return clean;
		}
	}
}
