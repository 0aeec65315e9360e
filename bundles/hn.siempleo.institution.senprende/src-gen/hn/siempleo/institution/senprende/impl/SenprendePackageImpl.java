/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende.impl;

import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeCatalogue;
import hn.siempleo.institution.senprende.ProgrammeKind;
import hn.siempleo.institution.senprende.ProgrammeReferral;
import hn.siempleo.institution.senprende.SenprendeFactory;
import hn.siempleo.institution.senprende.SenprendePackage;

import hn.siempleo.model.SiempleoPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SenprendePackageImpl extends EPackageImpl implements SenprendePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeCatalogueEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass programmeReferralEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum programmeKindEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see hn.siempleo.institution.senprende.SenprendePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SenprendePackageImpl() {
		super(eNS_URI, SenprendeFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link SenprendePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SenprendePackage init() {
		if (isInited) return (SenprendePackage)EPackage.Registry.INSTANCE.getEPackage(SenprendePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSenprendePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SenprendePackageImpl theSenprendePackage = registeredSenprendePackage instanceof SenprendePackageImpl ? (SenprendePackageImpl)registeredSenprendePackage : new SenprendePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		SiempleoPackage.eINSTANCE.eClass();
		EcorePackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSenprendePackage.createPackageContents();

		// Initialize created meta-data
		theSenprendePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSenprendePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SenprendePackage.eNS_URI, theSenprendePackage);
		return theSenprendePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgrammeCatalogue() {
		return programmeCatalogueEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgrammeCatalogue_Programmes() {
		return (EReference)programmeCatalogueEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgrammeCatalogue_Referrals() {
		return (EReference)programmeCatalogueEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgramme() {
		return programmeEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgramme_Kind() {
		return (EAttribute)programmeEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgramme_Offices() {
		return (EReference)programmeEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProgrammeReferral() {
		return programmeReferralEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgrammeReferral_Office() {
		return (EReference)programmeReferralEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeReferral_Period() {
		return (EAttribute)programmeReferralEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getProgrammeReferral_Programme() {
		return (EReference)programmeReferralEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeReferral_Referred() {
		return (EAttribute)programmeReferralEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProgrammeReferral_Started() {
		return (EAttribute)programmeReferralEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getProgrammeKind() {
		return programmeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SenprendeFactory getSenprendeFactory() {
		return (SenprendeFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		programmeCatalogueEClass = createEClass(PROGRAMME_CATALOGUE);
		createEReference(programmeCatalogueEClass, PROGRAMME_CATALOGUE__PROGRAMMES);
		createEReference(programmeCatalogueEClass, PROGRAMME_CATALOGUE__REFERRALS);

		programmeEClass = createEClass(PROGRAMME);
		createEAttribute(programmeEClass, PROGRAMME__KIND);
		createEReference(programmeEClass, PROGRAMME__OFFICES);

		programmeReferralEClass = createEClass(PROGRAMME_REFERRAL);
		createEReference(programmeReferralEClass, PROGRAMME_REFERRAL__OFFICE);
		createEAttribute(programmeReferralEClass, PROGRAMME_REFERRAL__PERIOD);
		createEReference(programmeReferralEClass, PROGRAMME_REFERRAL__PROGRAMME);
		createEAttribute(programmeReferralEClass, PROGRAMME_REFERRAL__REFERRED);
		createEAttribute(programmeReferralEClass, PROGRAMME_REFERRAL__STARTED);

		// Create enums
		programmeKindEEnum = createEEnum(PROGRAMME_KIND);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Obtain other dependent packages
		SiempleoPackage theSiempleoPackage = (SiempleoPackage)EPackage.Registry.INSTANCE.getEPackage(SiempleoPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		programmeCatalogueEClass.getESuperTypes().add(theSiempleoPackage.getIdentified());
		programmeEClass.getESuperTypes().add(theSiempleoPackage.getCoded());
		programmeReferralEClass.getESuperTypes().add(theSiempleoPackage.getIdentified());

		// Initialize classes, features, and operations; add parameters
		initEClass(programmeCatalogueEClass, ProgrammeCatalogue.class, "ProgrammeCatalogue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProgrammeCatalogue_Programmes(), this.getProgramme(), null, "programmes", null, 0, -1, ProgrammeCatalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgrammeCatalogue_Referrals(), this.getProgrammeReferral(), null, "referrals", null, 0, -1, ProgrammeCatalogue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(programmeEClass, Programme.class, "Programme", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProgramme_Kind(), this.getProgrammeKind(), "kind", null, 0, 1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgramme_Offices(), theSiempleoPackage.getOffice(), null, "offices", null, 0, -1, Programme.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(programmeReferralEClass, ProgrammeReferral.class, "ProgrammeReferral", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getProgrammeReferral_Office(), theSiempleoPackage.getOffice(), null, "office", null, 0, 1, ProgrammeReferral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgrammeReferral_Period(), ecorePackage.getEString(), "period", null, 0, 1, ProgrammeReferral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getProgrammeReferral_Programme(), this.getProgramme(), null, "programme", null, 0, 1, ProgrammeReferral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgrammeReferral_Referred(), ecorePackage.getEInt(), "referred", null, 0, 1, ProgrammeReferral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProgrammeReferral_Started(), ecorePackage.getEInt(), "started", null, 0, 1, ProgrammeReferral.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(programmeKindEEnum, ProgrammeKind.class, "ProgrammeKind");
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.TRAINING);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.ADVICE);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.FINANCE);
		addEEnumLiteral(programmeKindEEnum, ProgrammeKind.INCUBATION);

		// Create resource
		createResource(eNS_URI);
	}

} //SenprendePackageImpl
