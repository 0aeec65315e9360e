/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende;

import hn.siempleo.model.Coded;
import hn.siempleo.model.Office;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An entrepreneurship programme of SENPRENDE.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.senprende.Programme#getKind <em>Kind</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.Programme#getOffices <em>Offices</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgramme()
 * @model
 * @generated
 */
public interface Programme extends Coded {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.institution.senprende.ProgrammeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the programme offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see hn.siempleo.institution.senprende.ProgrammeKind
	 * @see #setKind(ProgrammeKind)
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgramme_Kind()
	 * @model
	 * @generated
	 */
	ProgrammeKind getKind();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.senprende.Programme#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see hn.siempleo.institution.senprende.ProgrammeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ProgrammeKind value);

	/**
	 * Returns the value of the '<em><b>Offices</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Office}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sí Empleo offices where the programme is available.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offices</em>' reference list.
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgramme_Offices()
	 * @model
	 * @generated
	 */
	EList<Office> getOffices();

} // Programme
