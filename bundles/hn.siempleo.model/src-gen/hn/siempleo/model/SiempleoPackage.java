/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Sí Empleo planning model: institutions, offices, services, PES Scan diagnostics, action plans, agreements and territorial tables. The format version is the last segment of the namespace URI.
 * <!-- end-model-doc -->
 * @see hn.siempleo.model.SiempleoFactory
 * @model kind="package"
 * @generated
 */
public interface SiempleoPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://siempleo.hn/model/1.1";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "siempleo";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SiempleoPackage eINSTANCE = hn.siempleo.model.impl.SiempleoPackageImpl.init();

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.IdentifiedImpl <em>Identified</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.IdentifiedImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getIdentified()
	 * @generated
	 */
	int IDENTIFIED = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED__ID = 0;

	/**
	 * The number of structural features of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identified</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.CodedImpl <em>Coded</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.CodedImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getCoded()
	 * @generated
	 */
	int CODED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED__CODE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED__NAME = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Coded</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Coded</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CODED_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.WorkspaceImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getWorkspace()
	 * @generated
	 */
	int WORKSPACE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Institutions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__INSTITUTIONS = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Offices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__OFFICES = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SERVICES = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Axes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__AXES = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Dimensions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__DIMENSIONS = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Diagnostics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__DIAGNOSTICS = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__PLANS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Agreements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__AGREEMENTS = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Territorial Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__TERRITORIAL_TABLES = IDENTIFIED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Local Plan Protocol</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__LOCAL_PLAN_PROTOCOL = IDENTIFIED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__INDICATORS = IDENTIFIED_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.InstitutionImpl <em>Institution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.InstitutionImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getInstitution()
	 * @generated
	 */
	int INSTITUTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION__ROLE = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Acronym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION__ACRONYM = CODED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Institution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION_FEATURE_COUNT = CODED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Institution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTITUTION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.OfficeImpl <em>Office</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.OfficeImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getOffice()
	 * @generated
	 */
	int OFFICE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__DEPARTMENT = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__MUNICIPALITY = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__MODEL = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__SERVICES = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Partners</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__PARTNERS = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__STAFF = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Open</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE__OPEN = CODED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Office</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE_FEATURE_COUNT = CODED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Office</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OFFICE_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.ServiceImpl <em>Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.ServiceImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getService()
	 * @generated
	 */
	int SERVICE = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE__INDICATORS = CODED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_FEATURE_COUNT = CODED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.PolicyAxisImpl <em>Policy Axis</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.PolicyAxisImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getPolicyAxis()
	 * @generated
	 */
	int POLICY_AXIS = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS__NUMBER = CODED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Policy Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS_FEATURE_COUNT = CODED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Policy Axis</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int POLICY_AXIS_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.DimensionImpl <em>Dimension</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.DimensionImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDimension()
	 * @generated
	 */
	int DIMENSION = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Plan Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__PLAN_DIMENSION = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Criteria</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION__CRITERIA = CODED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_FEATURE_COUNT = CODED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Dimension</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIMENSION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.CriterionImpl <em>Criterion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.CriterionImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getCriterion()
	 * @generated
	 */
	int CRITERION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Level Descriptions</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__LEVEL_DESCRIPTIONS = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Suggested Axis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION__SUGGESTED_AXIS = CODED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_FEATURE_COUNT = CODED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Criterion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CRITERION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.DiagnosticImpl <em>Diagnostic</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.DiagnosticImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDiagnostic()
	 * @generated
	 */
	int DIAGNOSTIC = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__DATE = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__SCOPE = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__OFFICE = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Assessors</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__ASSESSORS = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Assessments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__ASSESSMENTS = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__FOLLOW_UP = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__BASELINE = CODED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Office Scans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC__OFFICE_SCANS = CODED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Diagnostic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_FEATURE_COUNT = CODED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Diagnostic</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGNOSTIC_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.AssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.AssessmentImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__CRITERION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__SCORE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Finding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__FINDING = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RECOMMENDATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ACTIONS = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Finding Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__FINDING_KIND = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resource Need</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__RESOURCE_NEED = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Attachments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT__ATTACHMENTS = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASSESSMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.ActionPlanImpl <em>Action Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.ActionPlanImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getActionPlan()
	 * @generated
	 */
	int ACTION_PLAN = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__PERIOD_START = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__PERIOD_END = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Budget Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__BUDGET_YEAR = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Actions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN__ACTIONS = CODED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Action Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN_FEATURE_COUNT = CODED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Action Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_PLAN_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.ActionImpl <em>Action</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.ActionImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAction()
	 * @generated
	 */
	int ACTION = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TITLE = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Axis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__AXIS = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DIMENSION = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Plan Dimension</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PLAN_DIMENSION = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Phase</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PHASE = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Priority</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PRIORITY = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Resource Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__RESOURCE_TYPE = CODED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__RESPONSIBLE_UNIT = CODED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Responsible Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__RESPONSIBLE_PERSON = CODED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Offices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OFFICES = CODED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Services</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__SERVICES = CODED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__START_DATE = CODED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__DUE_DATE = CODED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__STATUS = CODED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PROGRESS = CODED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Estimated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ESTIMATED_COST = CODED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Funding Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__FUNDING_SOURCE = CODED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Verification Means</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__VERIFICATION_MEANS = CODED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__INDICATORS = CODED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Origin Assessment</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__ORIGIN_ASSESSMENT = CODED_FEATURE_COUNT + 19;

	/**
	 * The feature id for the '<em><b>Progress Reports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__PROGRESS_REPORTS = CODED_FEATURE_COUNT + 20;

	/**
	 * The feature id for the '<em><b>Overdue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__OVERDUE = CODED_FEATURE_COUNT + 21;

	/**
	 * The feature id for the '<em><b>Traffic Light</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION__TRAFFIC_LIGHT = CODED_FEATURE_COUNT + 22;

	/**
	 * The number of structural features of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_FEATURE_COUNT = CODED_FEATURE_COUNT + 23;

	/**
	 * The number of operations of the '<em>Action</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTION_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.ProgressReportImpl <em>Progress Report</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.ProgressReportImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getProgressReport()
	 * @generated
	 */
	int PROGRESS_REPORT = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__PROGRESS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT__NOTE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Progress Report</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRESS_REPORT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.IndicatorImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UNIT = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__BASELINE = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_DATE = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Measurements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MEASUREMENTS = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DEFINITION = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DIRECTION = CODED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Periodicity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__PERIODICITY = CODED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__AGGREGATION = CODED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGETS = CODED_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = CODED_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.MeasurementImpl <em>Measurement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.MeasurementImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getMeasurement()
	 * @generated
	 */
	int MEASUREMENT = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__DATE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__VALUE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__PERIOD = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__OFFICE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__WEIGHT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__SOURCE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Recorded By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT__RECORDED_BY = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Measurement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEASUREMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.IndicatorTargetImpl <em>Indicator Target</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.IndicatorTargetImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getIndicatorTarget()
	 * @generated
	 */
	int INDICATOR_TARGET = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__PERIOD = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__OFFICE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET__VALUE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Indicator Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Indicator Target</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_TARGET_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.AgreementImpl <em>Agreement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.AgreementImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAgreement()
	 * @generated
	 */
	int AGREEMENT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Parties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__PARTIES = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__SIGNATURE_DATE = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__VALID_FROM = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__VALID_UNTIL = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Integrated Offices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__INTEGRATED_OFFICES = CODED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Commitments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__COMMITMENTS = CODED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Protocol Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__PROTOCOL_STEPS = CODED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Referrals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT__REFERRALS = CODED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_FEATURE_COUNT = CODED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Agreement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGREEMENT_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.CommitmentImpl <em>Commitment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.CommitmentImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getCommitment()
	 * @generated
	 */
	int COMMITMENT = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Institution</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__INSTITUTION = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__SERVICE = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Offices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__OFFICES = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT__DESCRIPTION = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Commitment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMMITMENT_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.ProtocolStepImpl <em>Protocol Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.ProtocolStepImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getProtocolStep()
	 * @generated
	 */
	int PROTOCOL_STEP = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__ORDER = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__RESPONSIBLE = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Response Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP__RESPONSE_DAYS = CODED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Protocol Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP_FEATURE_COUNT = CODED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Protocol Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROTOCOL_STEP_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.ReferralRecordImpl <em>Referral Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.ReferralRecordImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getReferralRecord()
	 * @generated
	 */
	int REFERRAL_RECORD = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__OFFICE = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__PERIOD = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__FROM = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__TO = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__DESTINATION = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__SERVICE = IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__COUNT = IDENTIFIED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD__OUTCOME = IDENTIFIED_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Referral Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Referral Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERRAL_RECORD_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.TerritorialTableImpl <em>Territorial Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.TerritorialTableImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTerritorialTable()
	 * @generated
	 */
	int TERRITORIAL_TABLE = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__DEPARTMENT = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__MUNICIPALITY = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Installed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__INSTALLED_ON = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__MEMBERS = CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Local Plans</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE__LOCAL_PLANS = CODED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Territorial Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE_FEATURE_COUNT = CODED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Territorial Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TERRITORIAL_TABLE_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.TableMemberImpl <em>Table Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.TableMemberImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTableMember()
	 * @generated
	 */
	int TABLE_MEMBER = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_MEMBER__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_MEMBER__NAME = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_MEMBER__SECTOR = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Institution</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_MEMBER__INSTITUTION = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Table Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_MEMBER_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Table Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_MEMBER_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.LocalPlanImpl <em>Local Plan</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.LocalPlanImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getLocalPlan()
	 * @generated
	 */
	int LOCAL_PLAN = 23;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__ID = CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__CODE = CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__NAME = CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__DESCRIPTION = CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__PERIOD_START = CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__PERIOD_END = CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__STEPS = CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Supporting Actions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN__SUPPORTING_ACTIONS = CODED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Local Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_FEATURE_COUNT = CODED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Local Plan</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_OPERATION_COUNT = CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.impl.LocalPlanStepImpl <em>Local Plan Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.impl.LocalPlanStepImpl
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getLocalPlanStep()
	 * @generated
	 */
	int LOCAL_PLAN_STEP = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP__ID = IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP__STEP = IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP__STATUS = IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP__DATE = IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP__EVIDENCE = IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Local Plan Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP_FEATURE_COUNT = IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Local Plan Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LOCAL_PLAN_STEP_OPERATION_COUNT = IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.Department <em>Department</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.Department
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 25;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.OfficeModel <em>Office Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.OfficeModel
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getOfficeModel()
	 * @generated
	 */
	int OFFICE_MODEL = 26;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.PlanDimension <em>Plan Dimension</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.PlanDimension
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getPlanDimension()
	 * @generated
	 */
	int PLAN_DIMENSION = 27;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.MaturityLevel <em>Maturity Level</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.MaturityLevel
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getMaturityLevel()
	 * @generated
	 */
	int MATURITY_LEVEL = 28;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.FindingKind <em>Finding Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.FindingKind
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getFindingKind()
	 * @generated
	 */
	int FINDING_KIND = 29;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.DiagnosticScope <em>Diagnostic Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.DiagnosticScope
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDiagnosticScope()
	 * @generated
	 */
	int DIAGNOSTIC_SCOPE = 30;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.Term <em>Term</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.Term
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTerm()
	 * @generated
	 */
	int TERM = 31;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.ResourceType <em>Resource Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.ResourceType
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getResourceType()
	 * @generated
	 */
	int RESOURCE_TYPE = 32;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.ActionStatus <em>Action Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.ActionStatus
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getActionStatus()
	 * @generated
	 */
	int ACTION_STATUS = 33;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.TrafficLight <em>Traffic Light</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.TrafficLight
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTrafficLight()
	 * @generated
	 */
	int TRAFFIC_LIGHT = 34;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.ReferralOutcome <em>Referral Outcome</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.ReferralOutcome
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getReferralOutcome()
	 * @generated
	 */
	int REFERRAL_OUTCOME = 35;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.StepStatus <em>Step Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.StepStatus
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getStepStatus()
	 * @generated
	 */
	int STEP_STATUS = 36;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.Direction <em>Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.Direction
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDirection()
	 * @generated
	 */
	int DIRECTION = 37;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.Periodicity <em>Periodicity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.Periodicity
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getPeriodicity()
	 * @generated
	 */
	int PERIODICITY = 38;

	/**
	 * The meta object id for the '{@link hn.siempleo.model.Aggregation <em>Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.model.Aggregation
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 39;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 40;


	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Identified <em>Identified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified</em>'.
	 * @see hn.siempleo.model.Identified
	 * @generated
	 */
	EClass getIdentified();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Identified#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see hn.siempleo.model.Identified#getId()
	 * @see #getIdentified()
	 * @generated
	 */
	EAttribute getIdentified_Id();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Coded <em>Coded</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Coded</em>'.
	 * @see hn.siempleo.model.Coded
	 * @generated
	 */
	EClass getCoded();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Coded#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see hn.siempleo.model.Coded#getCode()
	 * @see #getCoded()
	 * @generated
	 */
	EAttribute getCoded_Code();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Coded#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see hn.siempleo.model.Coded#getName()
	 * @see #getCoded()
	 * @generated
	 */
	EAttribute getCoded_Name();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Coded#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see hn.siempleo.model.Coded#getDescription()
	 * @see #getCoded()
	 * @generated
	 */
	EAttribute getCoded_Description();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see hn.siempleo.model.Workspace
	 * @generated
	 */
	EClass getWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Workspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see hn.siempleo.model.Workspace#getName()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Name();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Workspace#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see hn.siempleo.model.Workspace#getDescription()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getInstitutions <em>Institutions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Institutions</em>'.
	 * @see hn.siempleo.model.Workspace#getInstitutions()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Institutions();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getOffices <em>Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Offices</em>'.
	 * @see hn.siempleo.model.Workspace#getOffices()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Offices();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see hn.siempleo.model.Workspace#getServices()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Services();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getAxes <em>Axes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Axes</em>'.
	 * @see hn.siempleo.model.Workspace#getAxes()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Axes();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getDimensions <em>Dimensions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Dimensions</em>'.
	 * @see hn.siempleo.model.Workspace#getDimensions()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Dimensions();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getDiagnostics <em>Diagnostics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagnostics</em>'.
	 * @see hn.siempleo.model.Workspace#getDiagnostics()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Diagnostics();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getPlans <em>Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Plans</em>'.
	 * @see hn.siempleo.model.Workspace#getPlans()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Plans();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getAgreements <em>Agreements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agreements</em>'.
	 * @see hn.siempleo.model.Workspace#getAgreements()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Agreements();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getTerritorialTables <em>Territorial Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Territorial Tables</em>'.
	 * @see hn.siempleo.model.Workspace#getTerritorialTables()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_TerritorialTables();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getLocalPlanProtocol <em>Local Plan Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Local Plan Protocol</em>'.
	 * @see hn.siempleo.model.Workspace#getLocalPlanProtocol()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_LocalPlanProtocol();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Workspace#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see hn.siempleo.model.Workspace#getIndicators()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Indicators();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Institution <em>Institution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Institution</em>'.
	 * @see hn.siempleo.model.Institution
	 * @generated
	 */
	EClass getInstitution();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Institution#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see hn.siempleo.model.Institution#getRole()
	 * @see #getInstitution()
	 * @generated
	 */
	EAttribute getInstitution_Role();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Institution#getAcronym <em>Acronym</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Acronym</em>'.
	 * @see hn.siempleo.model.Institution#getAcronym()
	 * @see #getInstitution()
	 * @generated
	 */
	EAttribute getInstitution_Acronym();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Office <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Office</em>'.
	 * @see hn.siempleo.model.Office
	 * @generated
	 */
	EClass getOffice();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Office#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see hn.siempleo.model.Office#getDepartment()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Department();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Office#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipality</em>'.
	 * @see hn.siempleo.model.Office#getMunicipality()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Municipality();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Office#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see hn.siempleo.model.Office#getModel()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Model();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Office#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see hn.siempleo.model.Office#getServices()
	 * @see #getOffice()
	 * @generated
	 */
	EReference getOffice_Services();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Office#getPartners <em>Partners</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Partners</em>'.
	 * @see hn.siempleo.model.Office#getPartners()
	 * @see #getOffice()
	 * @generated
	 */
	EReference getOffice_Partners();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Office#getStaff <em>Staff</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Staff</em>'.
	 * @see hn.siempleo.model.Office#getStaff()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Staff();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Office#isOpen <em>Open</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open</em>'.
	 * @see hn.siempleo.model.Office#isOpen()
	 * @see #getOffice()
	 * @generated
	 */
	EAttribute getOffice_Open();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Service <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service</em>'.
	 * @see hn.siempleo.model.Service
	 * @generated
	 */
	EClass getService();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Service#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see hn.siempleo.model.Service#getIndicators()
	 * @see #getService()
	 * @generated
	 */
	EReference getService_Indicators();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.PolicyAxis <em>Policy Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Policy Axis</em>'.
	 * @see hn.siempleo.model.PolicyAxis
	 * @generated
	 */
	EClass getPolicyAxis();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.PolicyAxis#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see hn.siempleo.model.PolicyAxis#getNumber()
	 * @see #getPolicyAxis()
	 * @generated
	 */
	EAttribute getPolicyAxis_Number();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Dimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Dimension</em>'.
	 * @see hn.siempleo.model.Dimension
	 * @generated
	 */
	EClass getDimension();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Dimension#getPlanDimension <em>Plan Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Dimension</em>'.
	 * @see hn.siempleo.model.Dimension#getPlanDimension()
	 * @see #getDimension()
	 * @generated
	 */
	EAttribute getDimension_PlanDimension();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Dimension#getCriteria <em>Criteria</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Criteria</em>'.
	 * @see hn.siempleo.model.Dimension#getCriteria()
	 * @see #getDimension()
	 * @generated
	 */
	EReference getDimension_Criteria();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Criterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Criterion</em>'.
	 * @see hn.siempleo.model.Criterion
	 * @generated
	 */
	EClass getCriterion();

	/**
	 * Returns the meta object for the attribute list '{@link hn.siempleo.model.Criterion#getLevelDescriptions <em>Level Descriptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Level Descriptions</em>'.
	 * @see hn.siempleo.model.Criterion#getLevelDescriptions()
	 * @see #getCriterion()
	 * @generated
	 */
	EAttribute getCriterion_LevelDescriptions();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Criterion#getSuggestedAxis <em>Suggested Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Suggested Axis</em>'.
	 * @see hn.siempleo.model.Criterion#getSuggestedAxis()
	 * @see #getCriterion()
	 * @generated
	 */
	EReference getCriterion_SuggestedAxis();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Diagnostic <em>Diagnostic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagnostic</em>'.
	 * @see hn.siempleo.model.Diagnostic
	 * @generated
	 */
	EClass getDiagnostic();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Diagnostic#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see hn.siempleo.model.Diagnostic#getDate()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Date();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Diagnostic#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see hn.siempleo.model.Diagnostic#getScope()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Scope();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Diagnostic#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see hn.siempleo.model.Diagnostic#getOffice()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EReference getDiagnostic_Office();

	/**
	 * Returns the meta object for the attribute list '{@link hn.siempleo.model.Diagnostic#getAssessors <em>Assessors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Assessors</em>'.
	 * @see hn.siempleo.model.Diagnostic#getAssessors()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_Assessors();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Diagnostic#getAssessments <em>Assessments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Assessments</em>'.
	 * @see hn.siempleo.model.Diagnostic#getAssessments()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EReference getDiagnostic_Assessments();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Diagnostic#isFollowUp <em>Follow Up</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up</em>'.
	 * @see hn.siempleo.model.Diagnostic#isFollowUp()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EAttribute getDiagnostic_FollowUp();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Diagnostic#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Baseline</em>'.
	 * @see hn.siempleo.model.Diagnostic#getBaseline()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EReference getDiagnostic_Baseline();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Diagnostic#getOfficeScans <em>Office Scans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Office Scans</em>'.
	 * @see hn.siempleo.model.Diagnostic#getOfficeScans()
	 * @see #getDiagnostic()
	 * @generated
	 */
	EReference getDiagnostic_OfficeScans();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see hn.siempleo.model.Assessment
	 * @generated
	 */
	EClass getAssessment();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Assessment#getCriterion <em>Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Criterion</em>'.
	 * @see hn.siempleo.model.Assessment#getCriterion()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Criterion();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Assessment#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see hn.siempleo.model.Assessment#getScore()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Score();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Assessment#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see hn.siempleo.model.Assessment#getEvidence()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Assessment#getFinding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finding</em>'.
	 * @see hn.siempleo.model.Assessment#getFinding()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Finding();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Assessment#getRecommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recommendation</em>'.
	 * @see hn.siempleo.model.Assessment#getRecommendation()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Recommendation();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Assessment#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Actions</em>'.
	 * @see hn.siempleo.model.Assessment#getActions()
	 * @see #getAssessment()
	 * @generated
	 */
	EReference getAssessment_Actions();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Assessment#getFindingKind <em>Finding Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finding Kind</em>'.
	 * @see hn.siempleo.model.Assessment#getFindingKind()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_FindingKind();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Assessment#getResourceNeed <em>Resource Need</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Need</em>'.
	 * @see hn.siempleo.model.Assessment#getResourceNeed()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_ResourceNeed();

	/**
	 * Returns the meta object for the attribute list '{@link hn.siempleo.model.Assessment#getAttachments <em>Attachments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Attachments</em>'.
	 * @see hn.siempleo.model.Assessment#getAttachments()
	 * @see #getAssessment()
	 * @generated
	 */
	EAttribute getAssessment_Attachments();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.ActionPlan <em>Action Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action Plan</em>'.
	 * @see hn.siempleo.model.ActionPlan
	 * @generated
	 */
	EClass getActionPlan();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ActionPlan#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see hn.siempleo.model.ActionPlan#getPeriodStart()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ActionPlan#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see hn.siempleo.model.ActionPlan#getPeriodEnd()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_PeriodEnd();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ActionPlan#getBudgetYear <em>Budget Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Budget Year</em>'.
	 * @see hn.siempleo.model.ActionPlan#getBudgetYear()
	 * @see #getActionPlan()
	 * @generated
	 */
	EAttribute getActionPlan_BudgetYear();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.ActionPlan#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actions</em>'.
	 * @see hn.siempleo.model.ActionPlan#getActions()
	 * @see #getActionPlan()
	 * @generated
	 */
	EReference getActionPlan_Actions();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Action <em>Action</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Action</em>'.
	 * @see hn.siempleo.model.Action
	 * @generated
	 */
	EClass getAction();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see hn.siempleo.model.Action#getTitle()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Title();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Action#getAxis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Axis</em>'.
	 * @see hn.siempleo.model.Action#getAxis()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Axis();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Action#getDimension <em>Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Dimension</em>'.
	 * @see hn.siempleo.model.Action#getDimension()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Dimension();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getPlanDimension <em>Plan Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Plan Dimension</em>'.
	 * @see hn.siempleo.model.Action#getPlanDimension()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_PlanDimension();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getPhase <em>Phase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Phase</em>'.
	 * @see hn.siempleo.model.Action#getPhase()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Phase();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getPriority <em>Priority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Priority</em>'.
	 * @see hn.siempleo.model.Action#getPriority()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Priority();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getResourceType <em>Resource Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resource Type</em>'.
	 * @see hn.siempleo.model.Action#getResourceType()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_ResourceType();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getResponsibleUnit <em>Responsible Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Unit</em>'.
	 * @see hn.siempleo.model.Action#getResponsibleUnit()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_ResponsibleUnit();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getResponsiblePerson <em>Responsible Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Responsible Person</em>'.
	 * @see hn.siempleo.model.Action#getResponsiblePerson()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_ResponsiblePerson();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Action#getOffices <em>Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offices</em>'.
	 * @see hn.siempleo.model.Action#getOffices()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Offices();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Action#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Services</em>'.
	 * @see hn.siempleo.model.Action#getServices()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Services();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getStartDate <em>Start Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start Date</em>'.
	 * @see hn.siempleo.model.Action#getStartDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_StartDate();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getDueDate <em>Due Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Due Date</em>'.
	 * @see hn.siempleo.model.Action#getDueDate()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_DueDate();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see hn.siempleo.model.Action#getStatus()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Status();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see hn.siempleo.model.Action#getProgress()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Progress();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getEstimatedCost <em>Estimated Cost</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Estimated Cost</em>'.
	 * @see hn.siempleo.model.Action#getEstimatedCost()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_EstimatedCost();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getFundingSource <em>Funding Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Funding Source</em>'.
	 * @see hn.siempleo.model.Action#getFundingSource()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_FundingSource();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getVerificationMeans <em>Verification Means</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Verification Means</em>'.
	 * @see hn.siempleo.model.Action#getVerificationMeans()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_VerificationMeans();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Action#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Indicators</em>'.
	 * @see hn.siempleo.model.Action#getIndicators()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_Indicators();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Action#getOriginAssessment <em>Origin Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Origin Assessment</em>'.
	 * @see hn.siempleo.model.Action#getOriginAssessment()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_OriginAssessment();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Action#getProgressReports <em>Progress Reports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Progress Reports</em>'.
	 * @see hn.siempleo.model.Action#getProgressReports()
	 * @see #getAction()
	 * @generated
	 */
	EReference getAction_ProgressReports();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#isOverdue <em>Overdue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Overdue</em>'.
	 * @see hn.siempleo.model.Action#isOverdue()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_Overdue();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Action#getTrafficLight <em>Traffic Light</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Traffic Light</em>'.
	 * @see hn.siempleo.model.Action#getTrafficLight()
	 * @see #getAction()
	 * @generated
	 */
	EAttribute getAction_TrafficLight();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.ProgressReport <em>Progress Report</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Progress Report</em>'.
	 * @see hn.siempleo.model.ProgressReport
	 * @generated
	 */
	EClass getProgressReport();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ProgressReport#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see hn.siempleo.model.ProgressReport#getDate()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Date();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ProgressReport#getProgress <em>Progress</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Progress</em>'.
	 * @see hn.siempleo.model.ProgressReport#getProgress()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Progress();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ProgressReport#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see hn.siempleo.model.ProgressReport#getNote()
	 * @see #getProgressReport()
	 * @generated
	 */
	EAttribute getProgressReport_Note();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see hn.siempleo.model.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see hn.siempleo.model.Indicator#getUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Unit();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getBaseline <em>Baseline</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Baseline</em>'.
	 * @see hn.siempleo.model.Indicator#getBaseline()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Baseline();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see hn.siempleo.model.Indicator#getTarget()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Target();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getTargetDate <em>Target Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Date</em>'.
	 * @see hn.siempleo.model.Indicator#getTargetDate()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetDate();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Indicator#getMeasurements <em>Measurements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Measurements</em>'.
	 * @see hn.siempleo.model.Indicator#getMeasurements()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Measurements();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getDefinition <em>Definition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Definition</em>'.
	 * @see hn.siempleo.model.Indicator#getDefinition()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Definition();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see hn.siempleo.model.Indicator#getDirection()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Direction();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getPeriodicity <em>Periodicity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Periodicity</em>'.
	 * @see hn.siempleo.model.Indicator#getPeriodicity()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Periodicity();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Indicator#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see hn.siempleo.model.Indicator#getAggregation()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Aggregation();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Indicator#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Targets</em>'.
	 * @see hn.siempleo.model.Indicator#getTargets()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Targets();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Measurement <em>Measurement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Measurement</em>'.
	 * @see hn.siempleo.model.Measurement
	 * @generated
	 */
	EClass getMeasurement();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Measurement#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see hn.siempleo.model.Measurement#getDate()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Date();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Measurement#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see hn.siempleo.model.Measurement#getValue()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Value();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Measurement#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see hn.siempleo.model.Measurement#getPeriod()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Period();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Measurement#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see hn.siempleo.model.Measurement#getOffice()
	 * @see #getMeasurement()
	 * @generated
	 */
	EReference getMeasurement_Office();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Measurement#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see hn.siempleo.model.Measurement#getWeight()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Weight();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Measurement#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see hn.siempleo.model.Measurement#getSource()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_Source();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Measurement#getRecordedBy <em>Recorded By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded By</em>'.
	 * @see hn.siempleo.model.Measurement#getRecordedBy()
	 * @see #getMeasurement()
	 * @generated
	 */
	EAttribute getMeasurement_RecordedBy();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.IndicatorTarget <em>Indicator Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Target</em>'.
	 * @see hn.siempleo.model.IndicatorTarget
	 * @generated
	 */
	EClass getIndicatorTarget();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.IndicatorTarget#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see hn.siempleo.model.IndicatorTarget#getPeriod()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EAttribute getIndicatorTarget_Period();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.IndicatorTarget#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see hn.siempleo.model.IndicatorTarget#getOffice()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EReference getIndicatorTarget_Office();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.IndicatorTarget#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see hn.siempleo.model.IndicatorTarget#getValue()
	 * @see #getIndicatorTarget()
	 * @generated
	 */
	EAttribute getIndicatorTarget_Value();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Agreement <em>Agreement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agreement</em>'.
	 * @see hn.siempleo.model.Agreement
	 * @generated
	 */
	EClass getAgreement();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Agreement#getParties <em>Parties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Parties</em>'.
	 * @see hn.siempleo.model.Agreement#getParties()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Parties();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Agreement#getSignatureDate <em>Signature Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Date</em>'.
	 * @see hn.siempleo.model.Agreement#getSignatureDate()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_SignatureDate();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Agreement#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see hn.siempleo.model.Agreement#getValidFrom()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Agreement#getValidUntil <em>Valid Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Until</em>'.
	 * @see hn.siempleo.model.Agreement#getValidUntil()
	 * @see #getAgreement()
	 * @generated
	 */
	EAttribute getAgreement_ValidUntil();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Agreement#getIntegratedOffices <em>Integrated Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Integrated Offices</em>'.
	 * @see hn.siempleo.model.Agreement#getIntegratedOffices()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_IntegratedOffices();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Agreement#getCommitments <em>Commitments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Commitments</em>'.
	 * @see hn.siempleo.model.Agreement#getCommitments()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Commitments();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Agreement#getProtocolSteps <em>Protocol Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Protocol Steps</em>'.
	 * @see hn.siempleo.model.Agreement#getProtocolSteps()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_ProtocolSteps();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.Agreement#getReferrals <em>Referrals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Referrals</em>'.
	 * @see hn.siempleo.model.Agreement#getReferrals()
	 * @see #getAgreement()
	 * @generated
	 */
	EReference getAgreement_Referrals();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.Commitment <em>Commitment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Commitment</em>'.
	 * @see hn.siempleo.model.Commitment
	 * @generated
	 */
	EClass getCommitment();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Commitment#getInstitution <em>Institution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Institution</em>'.
	 * @see hn.siempleo.model.Commitment#getInstitution()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Institution();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.Commitment#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see hn.siempleo.model.Commitment#getService()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Service();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.Commitment#getOffices <em>Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offices</em>'.
	 * @see hn.siempleo.model.Commitment#getOffices()
	 * @see #getCommitment()
	 * @generated
	 */
	EReference getCommitment_Offices();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.Commitment#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see hn.siempleo.model.Commitment#getDescription()
	 * @see #getCommitment()
	 * @generated
	 */
	EAttribute getCommitment_Description();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.ProtocolStep <em>Protocol Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Protocol Step</em>'.
	 * @see hn.siempleo.model.ProtocolStep
	 * @generated
	 */
	EClass getProtocolStep();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ProtocolStep#getOrder <em>Order</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Order</em>'.
	 * @see hn.siempleo.model.ProtocolStep#getOrder()
	 * @see #getProtocolStep()
	 * @generated
	 */
	EAttribute getProtocolStep_Order();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.ProtocolStep#getResponsible <em>Responsible</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Responsible</em>'.
	 * @see hn.siempleo.model.ProtocolStep#getResponsible()
	 * @see #getProtocolStep()
	 * @generated
	 */
	EReference getProtocolStep_Responsible();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ProtocolStep#getResponseDays <em>Response Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Response Days</em>'.
	 * @see hn.siempleo.model.ProtocolStep#getResponseDays()
	 * @see #getProtocolStep()
	 * @generated
	 */
	EAttribute getProtocolStep_ResponseDays();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.ReferralRecord <em>Referral Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Referral Record</em>'.
	 * @see hn.siempleo.model.ReferralRecord
	 * @generated
	 */
	EClass getReferralRecord();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.ReferralRecord#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getOffice()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EReference getReferralRecord_Office();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ReferralRecord#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getPeriod()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EAttribute getReferralRecord_Period();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.ReferralRecord#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getFrom()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EReference getReferralRecord_From();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.ReferralRecord#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>To</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getTo()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EReference getReferralRecord_To();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.ReferralRecord#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getDestination()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EReference getReferralRecord_Destination();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.ReferralRecord#getService <em>Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Service</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getService()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EReference getReferralRecord_Service();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ReferralRecord#getCount <em>Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Count</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getCount()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EAttribute getReferralRecord_Count();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.ReferralRecord#getOutcome <em>Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Outcome</em>'.
	 * @see hn.siempleo.model.ReferralRecord#getOutcome()
	 * @see #getReferralRecord()
	 * @generated
	 */
	EAttribute getReferralRecord_Outcome();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.TerritorialTable <em>Territorial Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Territorial Table</em>'.
	 * @see hn.siempleo.model.TerritorialTable
	 * @generated
	 */
	EClass getTerritorialTable();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.TerritorialTable#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Department</em>'.
	 * @see hn.siempleo.model.TerritorialTable#getDepartment()
	 * @see #getTerritorialTable()
	 * @generated
	 */
	EAttribute getTerritorialTable_Department();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.TerritorialTable#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipality</em>'.
	 * @see hn.siempleo.model.TerritorialTable#getMunicipality()
	 * @see #getTerritorialTable()
	 * @generated
	 */
	EAttribute getTerritorialTable_Municipality();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.TerritorialTable#getInstalledOn <em>Installed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Installed On</em>'.
	 * @see hn.siempleo.model.TerritorialTable#getInstalledOn()
	 * @see #getTerritorialTable()
	 * @generated
	 */
	EAttribute getTerritorialTable_InstalledOn();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.TerritorialTable#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see hn.siempleo.model.TerritorialTable#getMembers()
	 * @see #getTerritorialTable()
	 * @generated
	 */
	EReference getTerritorialTable_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.TerritorialTable#getLocalPlans <em>Local Plans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Local Plans</em>'.
	 * @see hn.siempleo.model.TerritorialTable#getLocalPlans()
	 * @see #getTerritorialTable()
	 * @generated
	 */
	EReference getTerritorialTable_LocalPlans();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.TableMember <em>Table Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table Member</em>'.
	 * @see hn.siempleo.model.TableMember
	 * @generated
	 */
	EClass getTableMember();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.TableMember#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see hn.siempleo.model.TableMember#getName()
	 * @see #getTableMember()
	 * @generated
	 */
	EAttribute getTableMember_Name();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.TableMember#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see hn.siempleo.model.TableMember#getSector()
	 * @see #getTableMember()
	 * @generated
	 */
	EAttribute getTableMember_Sector();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.TableMember#getInstitution <em>Institution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Institution</em>'.
	 * @see hn.siempleo.model.TableMember#getInstitution()
	 * @see #getTableMember()
	 * @generated
	 */
	EReference getTableMember_Institution();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.LocalPlan <em>Local Plan</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Plan</em>'.
	 * @see hn.siempleo.model.LocalPlan
	 * @generated
	 */
	EClass getLocalPlan();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.LocalPlan#getPeriodStart <em>Period Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period Start</em>'.
	 * @see hn.siempleo.model.LocalPlan#getPeriodStart()
	 * @see #getLocalPlan()
	 * @generated
	 */
	EAttribute getLocalPlan_PeriodStart();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.LocalPlan#getPeriodEnd <em>Period End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period End</em>'.
	 * @see hn.siempleo.model.LocalPlan#getPeriodEnd()
	 * @see #getLocalPlan()
	 * @generated
	 */
	EAttribute getLocalPlan_PeriodEnd();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.model.LocalPlan#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see hn.siempleo.model.LocalPlan#getSteps()
	 * @see #getLocalPlan()
	 * @generated
	 */
	EReference getLocalPlan_Steps();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.model.LocalPlan#getSupportingActions <em>Supporting Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Supporting Actions</em>'.
	 * @see hn.siempleo.model.LocalPlan#getSupportingActions()
	 * @see #getLocalPlan()
	 * @generated
	 */
	EReference getLocalPlan_SupportingActions();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.model.LocalPlanStep <em>Local Plan Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Local Plan Step</em>'.
	 * @see hn.siempleo.model.LocalPlanStep
	 * @generated
	 */
	EClass getLocalPlanStep();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.model.LocalPlanStep#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Step</em>'.
	 * @see hn.siempleo.model.LocalPlanStep#getStep()
	 * @see #getLocalPlanStep()
	 * @generated
	 */
	EReference getLocalPlanStep_Step();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.LocalPlanStep#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see hn.siempleo.model.LocalPlanStep#getStatus()
	 * @see #getLocalPlanStep()
	 * @generated
	 */
	EAttribute getLocalPlanStep_Status();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.LocalPlanStep#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see hn.siempleo.model.LocalPlanStep#getDate()
	 * @see #getLocalPlanStep()
	 * @generated
	 */
	EAttribute getLocalPlanStep_Date();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.model.LocalPlanStep#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see hn.siempleo.model.LocalPlanStep#getEvidence()
	 * @see #getLocalPlanStep()
	 * @generated
	 */
	EAttribute getLocalPlanStep_Evidence();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Department</em>'.
	 * @see hn.siempleo.model.Department
	 * @generated
	 */
	EEnum getDepartment();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.OfficeModel <em>Office Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Office Model</em>'.
	 * @see hn.siempleo.model.OfficeModel
	 * @generated
	 */
	EEnum getOfficeModel();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.PlanDimension <em>Plan Dimension</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Plan Dimension</em>'.
	 * @see hn.siempleo.model.PlanDimension
	 * @generated
	 */
	EEnum getPlanDimension();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.MaturityLevel <em>Maturity Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Maturity Level</em>'.
	 * @see hn.siempleo.model.MaturityLevel
	 * @generated
	 */
	EEnum getMaturityLevel();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.FindingKind <em>Finding Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Finding Kind</em>'.
	 * @see hn.siempleo.model.FindingKind
	 * @generated
	 */
	EEnum getFindingKind();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.DiagnosticScope <em>Diagnostic Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Diagnostic Scope</em>'.
	 * @see hn.siempleo.model.DiagnosticScope
	 * @generated
	 */
	EEnum getDiagnosticScope();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.Term <em>Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Term</em>'.
	 * @see hn.siempleo.model.Term
	 * @generated
	 */
	EEnum getTerm();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.ResourceType <em>Resource Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Resource Type</em>'.
	 * @see hn.siempleo.model.ResourceType
	 * @generated
	 */
	EEnum getResourceType();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.ActionStatus <em>Action Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Action Status</em>'.
	 * @see hn.siempleo.model.ActionStatus
	 * @generated
	 */
	EEnum getActionStatus();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.TrafficLight <em>Traffic Light</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Traffic Light</em>'.
	 * @see hn.siempleo.model.TrafficLight
	 * @generated
	 */
	EEnum getTrafficLight();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.ReferralOutcome <em>Referral Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Referral Outcome</em>'.
	 * @see hn.siempleo.model.ReferralOutcome
	 * @generated
	 */
	EEnum getReferralOutcome();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.StepStatus <em>Step Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Step Status</em>'.
	 * @see hn.siempleo.model.StepStatus
	 * @generated
	 */
	EEnum getStepStatus();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.Direction <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Direction</em>'.
	 * @see hn.siempleo.model.Direction
	 * @generated
	 */
	EEnum getDirection();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.Periodicity <em>Periodicity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Periodicity</em>'.
	 * @see hn.siempleo.model.Periodicity
	 * @generated
	 */
	EEnum getPeriodicity();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.model.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation</em>'.
	 * @see hn.siempleo.model.Aggregation
	 * @generated
	 */
	EEnum getAggregation();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SiempleoFactory getSiempleoFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.IdentifiedImpl <em>Identified</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.IdentifiedImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getIdentified()
		 * @generated
		 */
		EClass IDENTIFIED = eINSTANCE.getIdentified();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED__ID = eINSTANCE.getIdentified_Id();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.CodedImpl <em>Coded</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.CodedImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getCoded()
		 * @generated
		 */
		EClass CODED = eINSTANCE.getCoded();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED__CODE = eINSTANCE.getCoded_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED__NAME = eINSTANCE.getCoded_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CODED__DESCRIPTION = eINSTANCE.getCoded_Description();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.WorkspaceImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getWorkspace()
		 * @generated
		 */
		EClass WORKSPACE = eINSTANCE.getWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__NAME = eINSTANCE.getWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__DESCRIPTION = eINSTANCE.getWorkspace_Description();

		/**
		 * The meta object literal for the '<em><b>Institutions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__INSTITUTIONS = eINSTANCE.getWorkspace_Institutions();

		/**
		 * The meta object literal for the '<em><b>Offices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__OFFICES = eINSTANCE.getWorkspace_Offices();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SERVICES = eINSTANCE.getWorkspace_Services();

		/**
		 * The meta object literal for the '<em><b>Axes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__AXES = eINSTANCE.getWorkspace_Axes();

		/**
		 * The meta object literal for the '<em><b>Dimensions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__DIMENSIONS = eINSTANCE.getWorkspace_Dimensions();

		/**
		 * The meta object literal for the '<em><b>Diagnostics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__DIAGNOSTICS = eINSTANCE.getWorkspace_Diagnostics();

		/**
		 * The meta object literal for the '<em><b>Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__PLANS = eINSTANCE.getWorkspace_Plans();

		/**
		 * The meta object literal for the '<em><b>Agreements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__AGREEMENTS = eINSTANCE.getWorkspace_Agreements();

		/**
		 * The meta object literal for the '<em><b>Territorial Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__TERRITORIAL_TABLES = eINSTANCE.getWorkspace_TerritorialTables();

		/**
		 * The meta object literal for the '<em><b>Local Plan Protocol</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__LOCAL_PLAN_PROTOCOL = eINSTANCE.getWorkspace_LocalPlanProtocol();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__INDICATORS = eINSTANCE.getWorkspace_Indicators();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.InstitutionImpl <em>Institution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.InstitutionImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getInstitution()
		 * @generated
		 */
		EClass INSTITUTION = eINSTANCE.getInstitution();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTITUTION__ROLE = eINSTANCE.getInstitution_Role();

		/**
		 * The meta object literal for the '<em><b>Acronym</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTITUTION__ACRONYM = eINSTANCE.getInstitution_Acronym();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.OfficeImpl <em>Office</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.OfficeImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getOffice()
		 * @generated
		 */
		EClass OFFICE = eINSTANCE.getOffice();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__DEPARTMENT = eINSTANCE.getOffice_Department();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__MUNICIPALITY = eINSTANCE.getOffice_Municipality();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__MODEL = eINSTANCE.getOffice_Model();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFICE__SERVICES = eINSTANCE.getOffice_Services();

		/**
		 * The meta object literal for the '<em><b>Partners</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OFFICE__PARTNERS = eINSTANCE.getOffice_Partners();

		/**
		 * The meta object literal for the '<em><b>Staff</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__STAFF = eINSTANCE.getOffice_Staff();

		/**
		 * The meta object literal for the '<em><b>Open</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OFFICE__OPEN = eINSTANCE.getOffice_Open();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.ServiceImpl <em>Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.ServiceImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getService()
		 * @generated
		 */
		EClass SERVICE = eINSTANCE.getService();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE__INDICATORS = eINSTANCE.getService_Indicators();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.PolicyAxisImpl <em>Policy Axis</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.PolicyAxisImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getPolicyAxis()
		 * @generated
		 */
		EClass POLICY_AXIS = eINSTANCE.getPolicyAxis();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute POLICY_AXIS__NUMBER = eINSTANCE.getPolicyAxis_Number();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.DimensionImpl <em>Dimension</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.DimensionImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDimension()
		 * @generated
		 */
		EClass DIMENSION = eINSTANCE.getDimension();

		/**
		 * The meta object literal for the '<em><b>Plan Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIMENSION__PLAN_DIMENSION = eINSTANCE.getDimension_PlanDimension();

		/**
		 * The meta object literal for the '<em><b>Criteria</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIMENSION__CRITERIA = eINSTANCE.getDimension_Criteria();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.CriterionImpl <em>Criterion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.CriterionImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getCriterion()
		 * @generated
		 */
		EClass CRITERION = eINSTANCE.getCriterion();

		/**
		 * The meta object literal for the '<em><b>Level Descriptions</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CRITERION__LEVEL_DESCRIPTIONS = eINSTANCE.getCriterion_LevelDescriptions();

		/**
		 * The meta object literal for the '<em><b>Suggested Axis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CRITERION__SUGGESTED_AXIS = eINSTANCE.getCriterion_SuggestedAxis();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.DiagnosticImpl <em>Diagnostic</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.DiagnosticImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDiagnostic()
		 * @generated
		 */
		EClass DIAGNOSTIC = eINSTANCE.getDiagnostic();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__DATE = eINSTANCE.getDiagnostic_Date();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__SCOPE = eINSTANCE.getDiagnostic_Scope();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTIC__OFFICE = eINSTANCE.getDiagnostic_Office();

		/**
		 * The meta object literal for the '<em><b>Assessors</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__ASSESSORS = eINSTANCE.getDiagnostic_Assessors();

		/**
		 * The meta object literal for the '<em><b>Assessments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTIC__ASSESSMENTS = eINSTANCE.getDiagnostic_Assessments();

		/**
		 * The meta object literal for the '<em><b>Follow Up</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGNOSTIC__FOLLOW_UP = eINSTANCE.getDiagnostic_FollowUp();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTIC__BASELINE = eINSTANCE.getDiagnostic_Baseline();

		/**
		 * The meta object literal for the '<em><b>Office Scans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGNOSTIC__OFFICE_SCANS = eINSTANCE.getDiagnostic_OfficeScans();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.AssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.AssessmentImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAssessment()
		 * @generated
		 */
		EClass ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em><b>Criterion</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__CRITERION = eINSTANCE.getAssessment_Criterion();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__SCORE = eINSTANCE.getAssessment_Score();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__EVIDENCE = eINSTANCE.getAssessment_Evidence();

		/**
		 * The meta object literal for the '<em><b>Finding</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__FINDING = eINSTANCE.getAssessment_Finding();

		/**
		 * The meta object literal for the '<em><b>Recommendation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RECOMMENDATION = eINSTANCE.getAssessment_Recommendation();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASSESSMENT__ACTIONS = eINSTANCE.getAssessment_Actions();

		/**
		 * The meta object literal for the '<em><b>Finding Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__FINDING_KIND = eINSTANCE.getAssessment_FindingKind();

		/**
		 * The meta object literal for the '<em><b>Resource Need</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__RESOURCE_NEED = eINSTANCE.getAssessment_ResourceNeed();

		/**
		 * The meta object literal for the '<em><b>Attachments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASSESSMENT__ATTACHMENTS = eINSTANCE.getAssessment_Attachments();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.ActionPlanImpl <em>Action Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.ActionPlanImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getActionPlan()
		 * @generated
		 */
		EClass ACTION_PLAN = eINSTANCE.getActionPlan();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__PERIOD_START = eINSTANCE.getActionPlan_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__PERIOD_END = eINSTANCE.getActionPlan_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Budget Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION_PLAN__BUDGET_YEAR = eINSTANCE.getActionPlan_BudgetYear();

		/**
		 * The meta object literal for the '<em><b>Actions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION_PLAN__ACTIONS = eINSTANCE.getActionPlan_Actions();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.ActionImpl <em>Action</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.ActionImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAction()
		 * @generated
		 */
		EClass ACTION = eINSTANCE.getAction();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TITLE = eINSTANCE.getAction_Title();

		/**
		 * The meta object literal for the '<em><b>Axis</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__AXIS = eINSTANCE.getAction_Axis();

		/**
		 * The meta object literal for the '<em><b>Dimension</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__DIMENSION = eINSTANCE.getAction_Dimension();

		/**
		 * The meta object literal for the '<em><b>Plan Dimension</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PLAN_DIMENSION = eINSTANCE.getAction_PlanDimension();

		/**
		 * The meta object literal for the '<em><b>Phase</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PHASE = eINSTANCE.getAction_Phase();

		/**
		 * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PRIORITY = eINSTANCE.getAction_Priority();

		/**
		 * The meta object literal for the '<em><b>Resource Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__RESOURCE_TYPE = eINSTANCE.getAction_ResourceType();

		/**
		 * The meta object literal for the '<em><b>Responsible Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__RESPONSIBLE_UNIT = eINSTANCE.getAction_ResponsibleUnit();

		/**
		 * The meta object literal for the '<em><b>Responsible Person</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__RESPONSIBLE_PERSON = eINSTANCE.getAction_ResponsiblePerson();

		/**
		 * The meta object literal for the '<em><b>Offices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__OFFICES = eINSTANCE.getAction_Offices();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__SERVICES = eINSTANCE.getAction_Services();

		/**
		 * The meta object literal for the '<em><b>Start Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__START_DATE = eINSTANCE.getAction_StartDate();

		/**
		 * The meta object literal for the '<em><b>Due Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__DUE_DATE = eINSTANCE.getAction_DueDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__STATUS = eINSTANCE.getAction_Status();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__PROGRESS = eINSTANCE.getAction_Progress();

		/**
		 * The meta object literal for the '<em><b>Estimated Cost</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__ESTIMATED_COST = eINSTANCE.getAction_EstimatedCost();

		/**
		 * The meta object literal for the '<em><b>Funding Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__FUNDING_SOURCE = eINSTANCE.getAction_FundingSource();

		/**
		 * The meta object literal for the '<em><b>Verification Means</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__VERIFICATION_MEANS = eINSTANCE.getAction_VerificationMeans();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__INDICATORS = eINSTANCE.getAction_Indicators();

		/**
		 * The meta object literal for the '<em><b>Origin Assessment</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__ORIGIN_ASSESSMENT = eINSTANCE.getAction_OriginAssessment();

		/**
		 * The meta object literal for the '<em><b>Progress Reports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ACTION__PROGRESS_REPORTS = eINSTANCE.getAction_ProgressReports();

		/**
		 * The meta object literal for the '<em><b>Overdue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__OVERDUE = eINSTANCE.getAction_Overdue();

		/**
		 * The meta object literal for the '<em><b>Traffic Light</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTION__TRAFFIC_LIGHT = eINSTANCE.getAction_TrafficLight();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.ProgressReportImpl <em>Progress Report</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.ProgressReportImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getProgressReport()
		 * @generated
		 */
		EClass PROGRESS_REPORT = eINSTANCE.getProgressReport();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__DATE = eINSTANCE.getProgressReport_Date();

		/**
		 * The meta object literal for the '<em><b>Progress</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__PROGRESS = eINSTANCE.getProgressReport_Progress();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRESS_REPORT__NOTE = eINSTANCE.getProgressReport_Note();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.IndicatorImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UNIT = eINSTANCE.getIndicator_Unit();

		/**
		 * The meta object literal for the '<em><b>Baseline</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__BASELINE = eINSTANCE.getIndicator_Baseline();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET = eINSTANCE.getIndicator_Target();

		/**
		 * The meta object literal for the '<em><b>Target Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_DATE = eINSTANCE.getIndicator_TargetDate();

		/**
		 * The meta object literal for the '<em><b>Measurements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__MEASUREMENTS = eINSTANCE.getIndicator_Measurements();

		/**
		 * The meta object literal for the '<em><b>Definition</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DEFINITION = eINSTANCE.getIndicator_Definition();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DIRECTION = eINSTANCE.getIndicator_Direction();

		/**
		 * The meta object literal for the '<em><b>Periodicity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__PERIODICITY = eINSTANCE.getIndicator_Periodicity();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__AGGREGATION = eINSTANCE.getIndicator_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__TARGETS = eINSTANCE.getIndicator_Targets();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.MeasurementImpl <em>Measurement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.MeasurementImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getMeasurement()
		 * @generated
		 */
		EClass MEASUREMENT = eINSTANCE.getMeasurement();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__DATE = eINSTANCE.getMeasurement_Date();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__VALUE = eINSTANCE.getMeasurement_Value();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__PERIOD = eINSTANCE.getMeasurement_Period();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MEASUREMENT__OFFICE = eINSTANCE.getMeasurement_Office();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__WEIGHT = eINSTANCE.getMeasurement_Weight();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__SOURCE = eINSTANCE.getMeasurement_Source();

		/**
		 * The meta object literal for the '<em><b>Recorded By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEASUREMENT__RECORDED_BY = eINSTANCE.getMeasurement_RecordedBy();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.IndicatorTargetImpl <em>Indicator Target</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.IndicatorTargetImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getIndicatorTarget()
		 * @generated
		 */
		EClass INDICATOR_TARGET = eINSTANCE.getIndicatorTarget();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_TARGET__PERIOD = eINSTANCE.getIndicatorTarget_Period();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_TARGET__OFFICE = eINSTANCE.getIndicatorTarget_Office();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_TARGET__VALUE = eINSTANCE.getIndicatorTarget_Value();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.AgreementImpl <em>Agreement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.AgreementImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAgreement()
		 * @generated
		 */
		EClass AGREEMENT = eINSTANCE.getAgreement();

		/**
		 * The meta object literal for the '<em><b>Parties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__PARTIES = eINSTANCE.getAgreement_Parties();

		/**
		 * The meta object literal for the '<em><b>Signature Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__SIGNATURE_DATE = eINSTANCE.getAgreement_SignatureDate();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__VALID_FROM = eINSTANCE.getAgreement_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGREEMENT__VALID_UNTIL = eINSTANCE.getAgreement_ValidUntil();

		/**
		 * The meta object literal for the '<em><b>Integrated Offices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__INTEGRATED_OFFICES = eINSTANCE.getAgreement_IntegratedOffices();

		/**
		 * The meta object literal for the '<em><b>Commitments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__COMMITMENTS = eINSTANCE.getAgreement_Commitments();

		/**
		 * The meta object literal for the '<em><b>Protocol Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__PROTOCOL_STEPS = eINSTANCE.getAgreement_ProtocolSteps();

		/**
		 * The meta object literal for the '<em><b>Referrals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference AGREEMENT__REFERRALS = eINSTANCE.getAgreement_Referrals();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.CommitmentImpl <em>Commitment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.CommitmentImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getCommitment()
		 * @generated
		 */
		EClass COMMITMENT = eINSTANCE.getCommitment();

		/**
		 * The meta object literal for the '<em><b>Institution</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__INSTITUTION = eINSTANCE.getCommitment_Institution();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__SERVICE = eINSTANCE.getCommitment_Service();

		/**
		 * The meta object literal for the '<em><b>Offices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COMMITMENT__OFFICES = eINSTANCE.getCommitment_Offices();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMMITMENT__DESCRIPTION = eINSTANCE.getCommitment_Description();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.ProtocolStepImpl <em>Protocol Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.ProtocolStepImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getProtocolStep()
		 * @generated
		 */
		EClass PROTOCOL_STEP = eINSTANCE.getProtocolStep();

		/**
		 * The meta object literal for the '<em><b>Order</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_STEP__ORDER = eINSTANCE.getProtocolStep_Order();

		/**
		 * The meta object literal for the '<em><b>Responsible</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROTOCOL_STEP__RESPONSIBLE = eINSTANCE.getProtocolStep_Responsible();

		/**
		 * The meta object literal for the '<em><b>Response Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROTOCOL_STEP__RESPONSE_DAYS = eINSTANCE.getProtocolStep_ResponseDays();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.ReferralRecordImpl <em>Referral Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.ReferralRecordImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getReferralRecord()
		 * @generated
		 */
		EClass REFERRAL_RECORD = eINSTANCE.getReferralRecord();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_RECORD__OFFICE = eINSTANCE.getReferralRecord_Office();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL_RECORD__PERIOD = eINSTANCE.getReferralRecord_Period();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_RECORD__FROM = eINSTANCE.getReferralRecord_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_RECORD__TO = eINSTANCE.getReferralRecord_To();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_RECORD__DESTINATION = eINSTANCE.getReferralRecord_Destination();

		/**
		 * The meta object literal for the '<em><b>Service</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERRAL_RECORD__SERVICE = eINSTANCE.getReferralRecord_Service();

		/**
		 * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL_RECORD__COUNT = eINSTANCE.getReferralRecord_Count();

		/**
		 * The meta object literal for the '<em><b>Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REFERRAL_RECORD__OUTCOME = eINSTANCE.getReferralRecord_Outcome();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.TerritorialTableImpl <em>Territorial Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.TerritorialTableImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTerritorialTable()
		 * @generated
		 */
		EClass TERRITORIAL_TABLE = eINSTANCE.getTerritorialTable();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORIAL_TABLE__DEPARTMENT = eINSTANCE.getTerritorialTable_Department();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORIAL_TABLE__MUNICIPALITY = eINSTANCE.getTerritorialTable_Municipality();

		/**
		 * The meta object literal for the '<em><b>Installed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TERRITORIAL_TABLE__INSTALLED_ON = eINSTANCE.getTerritorialTable_InstalledOn();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITORIAL_TABLE__MEMBERS = eINSTANCE.getTerritorialTable_Members();

		/**
		 * The meta object literal for the '<em><b>Local Plans</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TERRITORIAL_TABLE__LOCAL_PLANS = eINSTANCE.getTerritorialTable_LocalPlans();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.TableMemberImpl <em>Table Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.TableMemberImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTableMember()
		 * @generated
		 */
		EClass TABLE_MEMBER = eINSTANCE.getTableMember();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_MEMBER__NAME = eINSTANCE.getTableMember_Name();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE_MEMBER__SECTOR = eINSTANCE.getTableMember_Sector();

		/**
		 * The meta object literal for the '<em><b>Institution</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE_MEMBER__INSTITUTION = eINSTANCE.getTableMember_Institution();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.LocalPlanImpl <em>Local Plan</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.LocalPlanImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getLocalPlan()
		 * @generated
		 */
		EClass LOCAL_PLAN = eINSTANCE.getLocalPlan();

		/**
		 * The meta object literal for the '<em><b>Period Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_PLAN__PERIOD_START = eINSTANCE.getLocalPlan_PeriodStart();

		/**
		 * The meta object literal for the '<em><b>Period End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_PLAN__PERIOD_END = eINSTANCE.getLocalPlan_PeriodEnd();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_PLAN__STEPS = eINSTANCE.getLocalPlan_Steps();

		/**
		 * The meta object literal for the '<em><b>Supporting Actions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_PLAN__SUPPORTING_ACTIONS = eINSTANCE.getLocalPlan_SupportingActions();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.impl.LocalPlanStepImpl <em>Local Plan Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.impl.LocalPlanStepImpl
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getLocalPlanStep()
		 * @generated
		 */
		EClass LOCAL_PLAN_STEP = eINSTANCE.getLocalPlanStep();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LOCAL_PLAN_STEP__STEP = eINSTANCE.getLocalPlanStep_Step();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_PLAN_STEP__STATUS = eINSTANCE.getLocalPlanStep_Status();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_PLAN_STEP__DATE = eINSTANCE.getLocalPlanStep_Date();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LOCAL_PLAN_STEP__EVIDENCE = eINSTANCE.getLocalPlanStep_Evidence();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.Department <em>Department</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.Department
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDepartment()
		 * @generated
		 */
		EEnum DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.OfficeModel <em>Office Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.OfficeModel
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getOfficeModel()
		 * @generated
		 */
		EEnum OFFICE_MODEL = eINSTANCE.getOfficeModel();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.PlanDimension <em>Plan Dimension</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.PlanDimension
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getPlanDimension()
		 * @generated
		 */
		EEnum PLAN_DIMENSION = eINSTANCE.getPlanDimension();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.MaturityLevel <em>Maturity Level</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.MaturityLevel
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getMaturityLevel()
		 * @generated
		 */
		EEnum MATURITY_LEVEL = eINSTANCE.getMaturityLevel();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.FindingKind <em>Finding Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.FindingKind
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getFindingKind()
		 * @generated
		 */
		EEnum FINDING_KIND = eINSTANCE.getFindingKind();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.DiagnosticScope <em>Diagnostic Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.DiagnosticScope
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDiagnosticScope()
		 * @generated
		 */
		EEnum DIAGNOSTIC_SCOPE = eINSTANCE.getDiagnosticScope();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.Term <em>Term</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.Term
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTerm()
		 * @generated
		 */
		EEnum TERM = eINSTANCE.getTerm();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.ResourceType <em>Resource Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.ResourceType
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getResourceType()
		 * @generated
		 */
		EEnum RESOURCE_TYPE = eINSTANCE.getResourceType();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.ActionStatus <em>Action Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.ActionStatus
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getActionStatus()
		 * @generated
		 */
		EEnum ACTION_STATUS = eINSTANCE.getActionStatus();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.TrafficLight <em>Traffic Light</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.TrafficLight
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getTrafficLight()
		 * @generated
		 */
		EEnum TRAFFIC_LIGHT = eINSTANCE.getTrafficLight();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.ReferralOutcome <em>Referral Outcome</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.ReferralOutcome
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getReferralOutcome()
		 * @generated
		 */
		EEnum REFERRAL_OUTCOME = eINSTANCE.getReferralOutcome();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.StepStatus <em>Step Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.StepStatus
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getStepStatus()
		 * @generated
		 */
		EEnum STEP_STATUS = eINSTANCE.getStepStatus();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.Direction <em>Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.Direction
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getDirection()
		 * @generated
		 */
		EEnum DIRECTION = eINSTANCE.getDirection();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.Periodicity <em>Periodicity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.Periodicity
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getPeriodicity()
		 * @generated
		 */
		EEnum PERIODICITY = eINSTANCE.getPeriodicity();

		/**
		 * The meta object literal for the '{@link hn.siempleo.model.Aggregation <em>Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.model.Aggregation
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getAggregation()
		 * @generated
		 */
		EEnum AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see hn.siempleo.model.impl.SiempleoPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //SiempleoPackage
