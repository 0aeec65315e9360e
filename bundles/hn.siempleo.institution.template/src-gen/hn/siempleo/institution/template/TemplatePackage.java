/**
 * Generated from template.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.template;

import hn.siempleo.model.SiempleoPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * The template of an institution plug-in (docs/complementos.md): copy the bundle, rename, change this model.
 * <!-- end-model-doc -->
 * @see hn.siempleo.institution.template.TemplateFactory
 * @model kind="package"
 * @generated
 */
public interface TemplatePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "template";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://siempleo.hn/ext/hn.siempleo.institution.template/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "template";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TemplatePackage eINSTANCE = hn.siempleo.institution.template.impl.TemplatePackageImpl.init();

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.template.impl.ServicePointListImpl <em>Service Point List</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.template.impl.ServicePointListImpl
	 * @see hn.siempleo.institution.template.impl.TemplatePackageImpl#getServicePointList()
	 * @generated
	 */
	int SERVICE_POINT_LIST = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT_LIST__ID = SiempleoPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Points</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT_LIST__POINTS = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Service Point List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT_LIST_FEATURE_COUNT = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Service Point List</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT_LIST_OPERATION_COUNT = SiempleoPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.template.impl.ServicePointImpl <em>Service Point</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.template.impl.ServicePointImpl
	 * @see hn.siempleo.institution.template.impl.TemplatePackageImpl#getServicePoint()
	 * @generated
	 */
	int SERVICE_POINT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT__ID = SiempleoPackage.CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT__CODE = SiempleoPackage.CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT__NAME = SiempleoPackage.CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT__DESCRIPTION = SiempleoPackage.CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT__OFFICE = SiempleoPackage.CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Open Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT__OPEN_DAYS = SiempleoPackage.CODED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Service Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT_FEATURE_COUNT = SiempleoPackage.CODED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Service Point</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_POINT_OPERATION_COUNT = SiempleoPackage.CODED_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.template.ServicePointList <em>Service Point List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Point List</em>'.
	 * @see hn.siempleo.institution.template.ServicePointList
	 * @generated
	 */
	EClass getServicePointList();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.institution.template.ServicePointList#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Points</em>'.
	 * @see hn.siempleo.institution.template.ServicePointList#getPoints()
	 * @see #getServicePointList()
	 * @generated
	 */
	EReference getServicePointList_Points();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.template.ServicePoint <em>Service Point</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Point</em>'.
	 * @see hn.siempleo.institution.template.ServicePoint
	 * @generated
	 */
	EClass getServicePoint();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.institution.template.ServicePoint#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see hn.siempleo.institution.template.ServicePoint#getOffice()
	 * @see #getServicePoint()
	 * @generated
	 */
	EReference getServicePoint_Office();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.template.ServicePoint#getOpenDays <em>Open Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Open Days</em>'.
	 * @see hn.siempleo.institution.template.ServicePoint#getOpenDays()
	 * @see #getServicePoint()
	 * @generated
	 */
	EAttribute getServicePoint_OpenDays();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TemplateFactory getTemplateFactory();

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
		 * The meta object literal for the '{@link hn.siempleo.institution.template.impl.ServicePointListImpl <em>Service Point List</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.template.impl.ServicePointListImpl
		 * @see hn.siempleo.institution.template.impl.TemplatePackageImpl#getServicePointList()
		 * @generated
		 */
		EClass SERVICE_POINT_LIST = eINSTANCE.getServicePointList();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_POINT_LIST__POINTS = eINSTANCE.getServicePointList_Points();

		/**
		 * The meta object literal for the '{@link hn.siempleo.institution.template.impl.ServicePointImpl <em>Service Point</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.template.impl.ServicePointImpl
		 * @see hn.siempleo.institution.template.impl.TemplatePackageImpl#getServicePoint()
		 * @generated
		 */
		EClass SERVICE_POINT = eINSTANCE.getServicePoint();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_POINT__OFFICE = eINSTANCE.getServicePoint_Office();

		/**
		 * The meta object literal for the '<em><b>Open Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_POINT__OPEN_DAYS = eINSTANCE.getServicePoint_OpenDays();

	}

} //TemplatePackage
