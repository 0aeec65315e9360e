/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende;

import hn.siempleo.model.Identified;
import hn.siempleo.model.Office;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme Referral</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How many people an office referred to a programme in a period (aggregate; no personal data).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeReferral#getOffice <em>Office</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeReferral#getPeriod <em>Period</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeReferral#getProgramme <em>Programme</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeReferral#getReferred <em>Referred</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeReferral#getStarted <em>Started</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeReferral()
 * @model
 * @generated
 */
public interface ProgrammeReferral extends Identified {
	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Office that referred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeReferral_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Period, e.g. 2025-T1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeReferral_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Programme</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Programme referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Programme</em>' reference.
	 * @see #setProgramme(Programme)
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeReferral_Programme()
	 * @model
	 * @generated
	 */
	Programme getProgramme();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getProgramme <em>Programme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Programme</em>' reference.
	 * @see #getProgramme()
	 * @generated
	 */
	void setProgramme(Programme value);

	/**
	 * Returns the value of the '<em><b>Referred</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of people referred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referred</em>' attribute.
	 * @see #setReferred(int)
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeReferral_Referred()
	 * @model
	 * @generated
	 */
	int getReferred();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getReferred <em>Referred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Referred</em>' attribute.
	 * @see #getReferred()
	 * @generated
	 */
	void setReferred(int value);

	/**
	 * Returns the value of the '<em><b>Started</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Businesses started by them in the period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started</em>' attribute.
	 * @see #setStarted(int)
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeReferral_Started()
	 * @model
	 * @generated
	 */
	int getStarted();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.senprende.ProgrammeReferral#getStarted <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started</em>' attribute.
	 * @see #getStarted()
	 * @generated
	 */
	void setStarted(int value);

} // ProgrammeReferral
