/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende;

import hn.siempleo.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Programme Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The programmes and the referral counts: a root object of its own after the workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeCatalogue#getProgrammes <em>Programmes</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.ProgrammeCatalogue#getReferrals <em>Referrals</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeCatalogue()
 * @model
 * @generated
 */
public interface ProgrammeCatalogue extends Identified {
	/**
	 * Returns the value of the '<em><b>Programmes</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.institution.senprende.Programme}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entrepreneurship programmes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Programmes</em>' containment reference list.
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeCatalogue_Programmes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Programme> getProgrammes();

	/**
	 * Returns the value of the '<em><b>Referrals</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.institution.senprende.ProgrammeReferral}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * People referred, aggregated by office, period and programme.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referrals</em>' containment reference list.
	 * @see hn.siempleo.institution.senprende.SenprendePackage#getProgrammeCatalogue_Referrals()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgrammeReferral> getReferrals();

} // ProgrammeCatalogue
