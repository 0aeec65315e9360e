/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Plan Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The status of one protocol step in a local plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.LocalPlanStep#getStep <em>Step</em>}</li>
 *   <li>{@link hn.siempleo.model.LocalPlanStep#getStatus <em>Status</em>}</li>
 *   <li>{@link hn.siempleo.model.LocalPlanStep#getDate <em>Date</em>}</li>
 *   <li>{@link hn.siempleo.model.LocalPlanStep#getEvidence <em>Evidence</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getLocalPlanStep()
 * @model
 * @generated
 */
public interface LocalPlanStep extends Identified {
	/**
	 * Returns the value of the '<em><b>Step</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The protocol step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Step</em>' reference.
	 * @see #setStep(ProtocolStep)
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlanStep_Step()
	 * @model
	 * @generated
	 */
	ProtocolStep getStep();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.LocalPlanStep#getStep <em>Step</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Step</em>' reference.
	 * @see #getStep()
	 * @generated
	 */
	void setStep(ProtocolStep value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.StepStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see hn.siempleo.model.StepStatus
	 * @see #setStatus(StepStatus)
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlanStep_Status()
	 * @model
	 * @generated
	 */
	StepStatus getStatus();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.LocalPlanStep#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see hn.siempleo.model.StepStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(StepStatus value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlanStep_Date()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.LocalPlanStep#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence that the step was done (minutes, document, link text).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlanStep_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.LocalPlanStep#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

} // LocalPlanStep
