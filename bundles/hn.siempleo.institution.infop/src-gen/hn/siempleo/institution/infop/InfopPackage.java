/**
 * Generated from infop.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.infop;

import hn.siempleo.model.SiempleoPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * INFOP's training-course catalogue: a model extension saved in the same .siempleo file as the core model.
 * <!-- end-model-doc -->
 * @see hn.siempleo.institution.infop.InfopFactory
 * @model kind="package"
 * @generated
 */
public interface InfopPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "infop";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://siempleo.hn/ext/hn.siempleo.institution.infop/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "infop";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	InfopPackage eINSTANCE = hn.siempleo.institution.infop.impl.InfopPackageImpl.init();

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.infop.impl.CourseCatalogueImpl <em>Course Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.infop.impl.CourseCatalogueImpl
	 * @see hn.siempleo.institution.infop.impl.InfopPackageImpl#getCourseCatalogue()
	 * @generated
	 */
	int COURSE_CATALOGUE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_CATALOGUE__ID = SiempleoPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_CATALOGUE__PERIOD = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Courses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_CATALOGUE__COURSES = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Course Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_CATALOGUE_FEATURE_COUNT = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Course Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_CATALOGUE_OPERATION_COUNT = SiempleoPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.infop.impl.CourseImpl <em>Course</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.infop.impl.CourseImpl
	 * @see hn.siempleo.institution.infop.impl.InfopPackageImpl#getCourse()
	 * @generated
	 */
	int COURSE = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__ID = SiempleoPackage.CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__CODE = SiempleoPackage.CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__NAME = SiempleoPackage.CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__DESCRIPTION = SiempleoPackage.CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__SECTOR = SiempleoPackage.CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Duration Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__DURATION_HOURS = SiempleoPackage.CODED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Modality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__MODALITY = SiempleoPackage.CODED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Offices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__OFFICES = SiempleoPackage.CODED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Seats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE__SEATS = SiempleoPackage.CODED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_FEATURE_COUNT = SiempleoPackage.CODED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Course</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COURSE_OPERATION_COUNT = SiempleoPackage.CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.infop.Modality <em>Modality</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.infop.Modality
	 * @see hn.siempleo.institution.infop.impl.InfopPackageImpl#getModality()
	 * @generated
	 */
	int MODALITY = 2;


	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.infop.CourseCatalogue <em>Course Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course Catalogue</em>'.
	 * @see hn.siempleo.institution.infop.CourseCatalogue
	 * @generated
	 */
	EClass getCourseCatalogue();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.infop.CourseCatalogue#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see hn.siempleo.institution.infop.CourseCatalogue#getPeriod()
	 * @see #getCourseCatalogue()
	 * @generated
	 */
	EAttribute getCourseCatalogue_Period();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.institution.infop.CourseCatalogue#getCourses <em>Courses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Courses</em>'.
	 * @see hn.siempleo.institution.infop.CourseCatalogue#getCourses()
	 * @see #getCourseCatalogue()
	 * @generated
	 */
	EReference getCourseCatalogue_Courses();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.infop.Course <em>Course</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Course</em>'.
	 * @see hn.siempleo.institution.infop.Course
	 * @generated
	 */
	EClass getCourse();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.infop.Course#getSector <em>Sector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sector</em>'.
	 * @see hn.siempleo.institution.infop.Course#getSector()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Sector();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.infop.Course#getDurationHours <em>Duration Hours</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Duration Hours</em>'.
	 * @see hn.siempleo.institution.infop.Course#getDurationHours()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_DurationHours();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.infop.Course#getModality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modality</em>'.
	 * @see hn.siempleo.institution.infop.Course#getModality()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Modality();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.institution.infop.Course#getOffices <em>Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offices</em>'.
	 * @see hn.siempleo.institution.infop.Course#getOffices()
	 * @see #getCourse()
	 * @generated
	 */
	EReference getCourse_Offices();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.infop.Course#getSeats <em>Seats</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Seats</em>'.
	 * @see hn.siempleo.institution.infop.Course#getSeats()
	 * @see #getCourse()
	 * @generated
	 */
	EAttribute getCourse_Seats();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.institution.infop.Modality <em>Modality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Modality</em>'.
	 * @see hn.siempleo.institution.infop.Modality
	 * @generated
	 */
	EEnum getModality();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	InfopFactory getInfopFactory();

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
		 * The meta object literal for the '{@link hn.siempleo.institution.infop.impl.CourseCatalogueImpl <em>Course Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.infop.impl.CourseCatalogueImpl
		 * @see hn.siempleo.institution.infop.impl.InfopPackageImpl#getCourseCatalogue()
		 * @generated
		 */
		EClass COURSE_CATALOGUE = eINSTANCE.getCourseCatalogue();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE_CATALOGUE__PERIOD = eINSTANCE.getCourseCatalogue_Period();

		/**
		 * The meta object literal for the '<em><b>Courses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE_CATALOGUE__COURSES = eINSTANCE.getCourseCatalogue_Courses();

		/**
		 * The meta object literal for the '{@link hn.siempleo.institution.infop.impl.CourseImpl <em>Course</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.infop.impl.CourseImpl
		 * @see hn.siempleo.institution.infop.impl.InfopPackageImpl#getCourse()
		 * @generated
		 */
		EClass COURSE = eINSTANCE.getCourse();

		/**
		 * The meta object literal for the '<em><b>Sector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__SECTOR = eINSTANCE.getCourse_Sector();

		/**
		 * The meta object literal for the '<em><b>Duration Hours</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__DURATION_HOURS = eINSTANCE.getCourse_DurationHours();

		/**
		 * The meta object literal for the '<em><b>Modality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__MODALITY = eINSTANCE.getCourse_Modality();

		/**
		 * The meta object literal for the '<em><b>Offices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COURSE__OFFICES = eINSTANCE.getCourse_Offices();

		/**
		 * The meta object literal for the '<em><b>Seats</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COURSE__SEATS = eINSTANCE.getCourse_Seats();

		/**
		 * The meta object literal for the '{@link hn.siempleo.institution.infop.Modality <em>Modality</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.infop.Modality
		 * @see hn.siempleo.institution.infop.impl.InfopPackageImpl#getModality()
		 * @generated
		 */
		EEnum MODALITY = eINSTANCE.getModality();

	}

} //InfopPackage
