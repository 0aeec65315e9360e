/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende;

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
 * SENPRENDE's entrepreneurship programmes and the people Sí Empleo refers to them, aggregated by office and period (no personal data): a model extension saved in the same .siempleo file.
 * <!-- end-model-doc -->
 * @see hn.siempleo.institution.senprende.SenprendeFactory
 * @model kind="package"
 * @generated
 */
public interface SenprendePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "senprende";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://siempleo.hn/ext/hn.siempleo.institution.senprende/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "senprende";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SenprendePackage eINSTANCE = hn.siempleo.institution.senprende.impl.SenprendePackageImpl.init();

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.senprende.impl.ProgrammeCatalogueImpl <em>Programme Catalogue</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.senprende.impl.ProgrammeCatalogueImpl
	 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgrammeCatalogue()
	 * @generated
	 */
	int PROGRAMME_CATALOGUE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_CATALOGUE__ID = SiempleoPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Programmes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_CATALOGUE__PROGRAMMES = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Referrals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_CATALOGUE__REFERRALS = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Programme Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_CATALOGUE_FEATURE_COUNT = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Programme Catalogue</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_CATALOGUE_OPERATION_COUNT = SiempleoPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.senprende.impl.ProgrammeImpl <em>Programme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.senprende.impl.ProgrammeImpl
	 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgramme()
	 * @generated
	 */
	int PROGRAMME = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__ID = SiempleoPackage.CODED__ID;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__CODE = SiempleoPackage.CODED__CODE;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__NAME = SiempleoPackage.CODED__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__DESCRIPTION = SiempleoPackage.CODED__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__KIND = SiempleoPackage.CODED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Offices</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME__OFFICES = SiempleoPackage.CODED_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_FEATURE_COUNT = SiempleoPackage.CODED_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Programme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_OPERATION_COUNT = SiempleoPackage.CODED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl <em>Programme Referral</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl
	 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgrammeReferral()
	 * @generated
	 */
	int PROGRAMME_REFERRAL = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL__ID = SiempleoPackage.IDENTIFIED__ID;

	/**
	 * The feature id for the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL__OFFICE = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL__PERIOD = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Programme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL__PROGRAMME = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Referred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL__REFERRED = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL__STARTED = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Programme Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL_FEATURE_COUNT = SiempleoPackage.IDENTIFIED_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Programme Referral</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROGRAMME_REFERRAL_OPERATION_COUNT = SiempleoPackage.IDENTIFIED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link hn.siempleo.institution.senprende.ProgrammeKind <em>Programme Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see hn.siempleo.institution.senprende.ProgrammeKind
	 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgrammeKind()
	 * @generated
	 */
	int PROGRAMME_KIND = 3;


	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.senprende.ProgrammeCatalogue <em>Programme Catalogue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme Catalogue</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeCatalogue
	 * @generated
	 */
	EClass getProgrammeCatalogue();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.institution.senprende.ProgrammeCatalogue#getProgrammes <em>Programmes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Programmes</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeCatalogue#getProgrammes()
	 * @see #getProgrammeCatalogue()
	 * @generated
	 */
	EReference getProgrammeCatalogue_Programmes();

	/**
	 * Returns the meta object for the containment reference list '{@link hn.siempleo.institution.senprende.ProgrammeCatalogue#getReferrals <em>Referrals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Referrals</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeCatalogue#getReferrals()
	 * @see #getProgrammeCatalogue()
	 * @generated
	 */
	EReference getProgrammeCatalogue_Referrals();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.senprende.Programme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme</em>'.
	 * @see hn.siempleo.institution.senprende.Programme
	 * @generated
	 */
	EClass getProgramme();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.senprende.Programme#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see hn.siempleo.institution.senprende.Programme#getKind()
	 * @see #getProgramme()
	 * @generated
	 */
	EAttribute getProgramme_Kind();

	/**
	 * Returns the meta object for the reference list '{@link hn.siempleo.institution.senprende.Programme#getOffices <em>Offices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Offices</em>'.
	 * @see hn.siempleo.institution.senprende.Programme#getOffices()
	 * @see #getProgramme()
	 * @generated
	 */
	EReference getProgramme_Offices();

	/**
	 * Returns the meta object for class '{@link hn.siempleo.institution.senprende.ProgrammeReferral <em>Programme Referral</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Programme Referral</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeReferral
	 * @generated
	 */
	EClass getProgrammeReferral();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getOffice <em>Office</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Office</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeReferral#getOffice()
	 * @see #getProgrammeReferral()
	 * @generated
	 */
	EReference getProgrammeReferral_Office();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getPeriod <em>Period</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Period</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeReferral#getPeriod()
	 * @see #getProgrammeReferral()
	 * @generated
	 */
	EAttribute getProgrammeReferral_Period();

	/**
	 * Returns the meta object for the reference '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getProgramme <em>Programme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Programme</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeReferral#getProgramme()
	 * @see #getProgrammeReferral()
	 * @generated
	 */
	EReference getProgrammeReferral_Programme();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getReferred <em>Referred</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Referred</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeReferral#getReferred()
	 * @see #getProgrammeReferral()
	 * @generated
	 */
	EAttribute getProgrammeReferral_Referred();

	/**
	 * Returns the meta object for the attribute '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getStarted <em>Started</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeReferral#getStarted()
	 * @see #getProgrammeReferral()
	 * @generated
	 */
	EAttribute getProgrammeReferral_Started();

	/**
	 * Returns the meta object for enum '{@link hn.siempleo.institution.senprende.ProgrammeKind <em>Programme Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Programme Kind</em>'.
	 * @see hn.siempleo.institution.senprende.ProgrammeKind
	 * @generated
	 */
	EEnum getProgrammeKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SenprendeFactory getSenprendeFactory();

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
		 * The meta object literal for the '{@link hn.siempleo.institution.senprende.impl.ProgrammeCatalogueImpl <em>Programme Catalogue</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.senprende.impl.ProgrammeCatalogueImpl
		 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgrammeCatalogue()
		 * @generated
		 */
		EClass PROGRAMME_CATALOGUE = eINSTANCE.getProgrammeCatalogue();

		/**
		 * The meta object literal for the '<em><b>Programmes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME_CATALOGUE__PROGRAMMES = eINSTANCE.getProgrammeCatalogue_Programmes();

		/**
		 * The meta object literal for the '<em><b>Referrals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME_CATALOGUE__REFERRALS = eINSTANCE.getProgrammeCatalogue_Referrals();

		/**
		 * The meta object literal for the '{@link hn.siempleo.institution.senprende.impl.ProgrammeImpl <em>Programme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.senprende.impl.ProgrammeImpl
		 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgramme()
		 * @generated
		 */
		EClass PROGRAMME = eINSTANCE.getProgramme();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME__KIND = eINSTANCE.getProgramme_Kind();

		/**
		 * The meta object literal for the '<em><b>Offices</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME__OFFICES = eINSTANCE.getProgramme_Offices();

		/**
		 * The meta object literal for the '{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl <em>Programme Referral</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl
		 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgrammeReferral()
		 * @generated
		 */
		EClass PROGRAMME_REFERRAL = eINSTANCE.getProgrammeReferral();

		/**
		 * The meta object literal for the '<em><b>Office</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME_REFERRAL__OFFICE = eINSTANCE.getProgrammeReferral_Office();

		/**
		 * The meta object literal for the '<em><b>Period</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_REFERRAL__PERIOD = eINSTANCE.getProgrammeReferral_Period();

		/**
		 * The meta object literal for the '<em><b>Programme</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PROGRAMME_REFERRAL__PROGRAMME = eINSTANCE.getProgrammeReferral_Programme();

		/**
		 * The meta object literal for the '<em><b>Referred</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_REFERRAL__REFERRED = eINSTANCE.getProgrammeReferral_Referred();

		/**
		 * The meta object literal for the '<em><b>Started</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROGRAMME_REFERRAL__STARTED = eINSTANCE.getProgrammeReferral_Started();

		/**
		 * The meta object literal for the '{@link hn.siempleo.institution.senprende.ProgrammeKind <em>Programme Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see hn.siempleo.institution.senprende.ProgrammeKind
		 * @see hn.siempleo.institution.senprende.impl.SenprendePackageImpl#getProgrammeKind()
		 * @generated
		 */
		EEnum PROGRAMME_KIND = eINSTANCE.getProgrammeKind();

	}

} //SenprendePackage
