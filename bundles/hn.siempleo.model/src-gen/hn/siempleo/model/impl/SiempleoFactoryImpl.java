/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.*;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SiempleoFactoryImpl extends EFactoryImpl implements SiempleoFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SiempleoFactory init() {
		try {
			SiempleoFactory theSiempleoFactory = (SiempleoFactory)EPackage.Registry.INSTANCE.getEFactory(SiempleoPackage.eNS_URI);
			if (theSiempleoFactory != null) {
				return theSiempleoFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SiempleoFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SiempleoFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SiempleoPackage.WORKSPACE: return createWorkspace();
			case SiempleoPackage.INSTITUTION: return createInstitution();
			case SiempleoPackage.OFFICE: return createOffice();
			case SiempleoPackage.SERVICE: return createService();
			case SiempleoPackage.POLICY_AXIS: return createPolicyAxis();
			case SiempleoPackage.DIMENSION: return createDimension();
			case SiempleoPackage.CRITERION: return createCriterion();
			case SiempleoPackage.DIAGNOSTIC: return createDiagnostic();
			case SiempleoPackage.ASSESSMENT: return createAssessment();
			case SiempleoPackage.ACTION_PLAN: return createActionPlan();
			case SiempleoPackage.ACTION: return createAction();
			case SiempleoPackage.PROGRESS_REPORT: return createProgressReport();
			case SiempleoPackage.INDICATOR: return createIndicator();
			case SiempleoPackage.MEASUREMENT: return createMeasurement();
			case SiempleoPackage.INDICATOR_TARGET: return createIndicatorTarget();
			case SiempleoPackage.AGREEMENT: return createAgreement();
			case SiempleoPackage.COMMITMENT: return createCommitment();
			case SiempleoPackage.PROTOCOL_STEP: return createProtocolStep();
			case SiempleoPackage.REFERRAL_RECORD: return createReferralRecord();
			case SiempleoPackage.TERRITORIAL_TABLE: return createTerritorialTable();
			case SiempleoPackage.TABLE_MEMBER: return createTableMember();
			case SiempleoPackage.LOCAL_PLAN: return createLocalPlan();
			case SiempleoPackage.LOCAL_PLAN_STEP: return createLocalPlanStep();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SiempleoPackage.DEPARTMENT:
				return createDepartmentFromString(eDataType, initialValue);
			case SiempleoPackage.OFFICE_MODEL:
				return createOfficeModelFromString(eDataType, initialValue);
			case SiempleoPackage.PLAN_DIMENSION:
				return createPlanDimensionFromString(eDataType, initialValue);
			case SiempleoPackage.MATURITY_LEVEL:
				return createMaturityLevelFromString(eDataType, initialValue);
			case SiempleoPackage.FINDING_KIND:
				return createFindingKindFromString(eDataType, initialValue);
			case SiempleoPackage.DIAGNOSTIC_SCOPE:
				return createDiagnosticScopeFromString(eDataType, initialValue);
			case SiempleoPackage.TERM:
				return createTermFromString(eDataType, initialValue);
			case SiempleoPackage.RESOURCE_TYPE:
				return createResourceTypeFromString(eDataType, initialValue);
			case SiempleoPackage.ACTION_STATUS:
				return createActionStatusFromString(eDataType, initialValue);
			case SiempleoPackage.TRAFFIC_LIGHT:
				return createTrafficLightFromString(eDataType, initialValue);
			case SiempleoPackage.REFERRAL_OUTCOME:
				return createReferralOutcomeFromString(eDataType, initialValue);
			case SiempleoPackage.STEP_STATUS:
				return createStepStatusFromString(eDataType, initialValue);
			case SiempleoPackage.DIRECTION:
				return createDirectionFromString(eDataType, initialValue);
			case SiempleoPackage.PERIODICITY:
				return createPeriodicityFromString(eDataType, initialValue);
			case SiempleoPackage.AGGREGATION:
				return createAggregationFromString(eDataType, initialValue);
			case SiempleoPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SiempleoPackage.DEPARTMENT:
				return convertDepartmentToString(eDataType, instanceValue);
			case SiempleoPackage.OFFICE_MODEL:
				return convertOfficeModelToString(eDataType, instanceValue);
			case SiempleoPackage.PLAN_DIMENSION:
				return convertPlanDimensionToString(eDataType, instanceValue);
			case SiempleoPackage.MATURITY_LEVEL:
				return convertMaturityLevelToString(eDataType, instanceValue);
			case SiempleoPackage.FINDING_KIND:
				return convertFindingKindToString(eDataType, instanceValue);
			case SiempleoPackage.DIAGNOSTIC_SCOPE:
				return convertDiagnosticScopeToString(eDataType, instanceValue);
			case SiempleoPackage.TERM:
				return convertTermToString(eDataType, instanceValue);
			case SiempleoPackage.RESOURCE_TYPE:
				return convertResourceTypeToString(eDataType, instanceValue);
			case SiempleoPackage.ACTION_STATUS:
				return convertActionStatusToString(eDataType, instanceValue);
			case SiempleoPackage.TRAFFIC_LIGHT:
				return convertTrafficLightToString(eDataType, instanceValue);
			case SiempleoPackage.REFERRAL_OUTCOME:
				return convertReferralOutcomeToString(eDataType, instanceValue);
			case SiempleoPackage.STEP_STATUS:
				return convertStepStatusToString(eDataType, instanceValue);
			case SiempleoPackage.DIRECTION:
				return convertDirectionToString(eDataType, instanceValue);
			case SiempleoPackage.PERIODICITY:
				return convertPeriodicityToString(eDataType, instanceValue);
			case SiempleoPackage.AGGREGATION:
				return convertAggregationToString(eDataType, instanceValue);
			case SiempleoPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workspace createWorkspace() {
		WorkspaceImpl workspace = new WorkspaceImpl();
		return workspace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Institution createInstitution() {
		InstitutionImpl institution = new InstitutionImpl();
		return institution;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Office createOffice() {
		OfficeImpl office = new OfficeImpl();
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Service createService() {
		ServiceImpl service = new ServiceImpl();
		return service;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyAxis createPolicyAxis() {
		PolicyAxisImpl policyAxis = new PolicyAxisImpl();
		return policyAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension createDimension() {
		DimensionImpl dimension = new DimensionImpl();
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion createCriterion() {
		CriterionImpl criterion = new CriterionImpl();
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnostic createDiagnostic() {
		DiagnosticImpl diagnostic = new DiagnosticImpl();
		return diagnostic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment createAssessment() {
		AssessmentImpl assessment = new AssessmentImpl();
		return assessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionPlan createActionPlan() {
		ActionPlanImpl actionPlan = new ActionPlanImpl();
		return actionPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Action createAction() {
		ActionImpl action = new ActionImpl();
		return action;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgressReport createProgressReport() {
		ProgressReportImpl progressReport = new ProgressReportImpl();
		return progressReport;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Measurement createMeasurement() {
		MeasurementImpl measurement = new MeasurementImpl();
		return measurement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorTarget createIndicatorTarget() {
		IndicatorTargetImpl indicatorTarget = new IndicatorTargetImpl();
		return indicatorTarget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agreement createAgreement() {
		AgreementImpl agreement = new AgreementImpl();
		return agreement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Commitment createCommitment() {
		CommitmentImpl commitment = new CommitmentImpl();
		return commitment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProtocolStep createProtocolStep() {
		ProtocolStepImpl protocolStep = new ProtocolStepImpl();
		return protocolStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferralRecord createReferralRecord() {
		ReferralRecordImpl referralRecord = new ReferralRecordImpl();
		return referralRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TerritorialTable createTerritorialTable() {
		TerritorialTableImpl territorialTable = new TerritorialTableImpl();
		return territorialTable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TableMember createTableMember() {
		TableMemberImpl tableMember = new TableMemberImpl();
		return tableMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalPlan createLocalPlan() {
		LocalPlanImpl localPlan = new LocalPlanImpl();
		return localPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalPlanStep createLocalPlanStep() {
		LocalPlanStepImpl localPlanStep = new LocalPlanStepImpl();
		return localPlanStep;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Department createDepartmentFromString(EDataType eDataType, String initialValue) {
		Department result = Department.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDepartmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OfficeModel createOfficeModelFromString(EDataType eDataType, String initialValue) {
		OfficeModel result = OfficeModel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOfficeModelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlanDimension createPlanDimensionFromString(EDataType eDataType, String initialValue) {
		PlanDimension result = PlanDimension.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlanDimensionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MaturityLevel createMaturityLevelFromString(EDataType eDataType, String initialValue) {
		MaturityLevel result = MaturityLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMaturityLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FindingKind createFindingKindFromString(EDataType eDataType, String initialValue) {
		FindingKind result = FindingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFindingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DiagnosticScope createDiagnosticScopeFromString(EDataType eDataType, String initialValue) {
		DiagnosticScope result = DiagnosticScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDiagnosticScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Term createTermFromString(EDataType eDataType, String initialValue) {
		Term result = Term.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTermToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ResourceType createResourceTypeFromString(EDataType eDataType, String initialValue) {
		ResourceType result = ResourceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertResourceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActionStatus createActionStatusFromString(EDataType eDataType, String initialValue) {
		ActionStatus result = ActionStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActionStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrafficLight createTrafficLightFromString(EDataType eDataType, String initialValue) {
		TrafficLight result = TrafficLight.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrafficLightToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ReferralOutcome createReferralOutcomeFromString(EDataType eDataType, String initialValue) {
		ReferralOutcome result = ReferralOutcome.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertReferralOutcomeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StepStatus createStepStatusFromString(EDataType eDataType, String initialValue) {
		StepStatus result = StepStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStepStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Direction createDirectionFromString(EDataType eDataType, String initialValue) {
		Direction result = Direction.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDirectionToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Periodicity createPeriodicityFromString(EDataType eDataType, String initialValue) {
		Periodicity result = Periodicity.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPeriodicityToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Aggregation createAggregationFromString(EDataType eDataType, String initialValue) {
		Aggregation result = Aggregation.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAggregationToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SiempleoPackage getSiempleoPackage() {
		return (SiempleoPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SiempleoPackage getPackage() {
		return SiempleoPackage.eINSTANCE;
	}

} //SiempleoFactoryImpl
