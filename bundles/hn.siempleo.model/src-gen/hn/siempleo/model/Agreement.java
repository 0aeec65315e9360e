/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An inter-institutional agreement (convenio).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Agreement#getParties <em>Parties</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getIntegratedOffices <em>Integrated Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getProtocolSteps <em>Protocol Steps</em>}</li>
 *   <li>{@link hn.siempleo.model.Agreement#getReferrals <em>Referrals</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getAgreement()
 * @model
 * @generated
 */
public interface Agreement extends Coded {
	/**
	 * Returns the value of the '<em><b>Parties</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Institution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Institutions that signed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parties</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_Parties()
	 * @model
	 * @generated
	 */
	EList<Institution> getParties();

	/**
	 * Returns the value of the '<em><b>Signature Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Signature date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature Date</em>' attribute.
	 * @see #setSignatureDate(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_SignatureDate()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getSignatureDate();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Agreement#getSignatureDate <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Date</em>' attribute.
	 * @see #getSignatureDate()
	 * @generated
	 */
	void setSignatureDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of validity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_ValidFrom()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidFrom();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Agreement#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Valid Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of validity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Until</em>' attribute.
	 * @see #setValidUntil(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_ValidUntil()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getValidUntil();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Agreement#getValidUntil <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Until</em>' attribute.
	 * @see #getValidUntil()
	 * @generated
	 */
	void setValidUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Integrated Offices</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Office}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offices integrated under this agreement.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Integrated Offices</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_IntegratedOffices()
	 * @model
	 * @generated
	 */
	EList<Office> getIntegratedOffices();

	/**
	 * Returns the value of the '<em><b>Commitments</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Commitment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which institution provides which service where.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Commitments</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_Commitments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Commitment> getCommitments();

	/**
	 * Returns the value of the '<em><b>Protocol Steps</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.ProtocolStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps of the referral protocol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Protocol Steps</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_ProtocolSteps()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolStep> getProtocolSteps();

	/**
	 * Returns the value of the '<em><b>Referrals</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.ReferralRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Aggregated referral counts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Referrals</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAgreement_Referrals()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReferralRecord> getReferrals();

} // Agreement
