/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Local Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A plan local de promoción de empleo e ingresos.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.LocalPlan#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link hn.siempleo.model.LocalPlan#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link hn.siempleo.model.LocalPlan#getSteps <em>Steps</em>}</li>
 *   <li>{@link hn.siempleo.model.LocalPlan#getSupportingActions <em>Supporting Actions</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getLocalPlan()
 * @model
 * @generated
 */
public interface LocalPlan extends Coded {
	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlan_PeriodStart()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.LocalPlan#getPeriodStart <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period Start</em>' attribute.
	 * @see #getPeriodStart()
	 * @generated
	 */
	void setPeriodStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Period End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlan_PeriodEnd()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.LocalPlan#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.LocalPlanStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Status of each protocol step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlan_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalPlanStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Supporting Actions</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actions of the action plan that support this local plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Supporting Actions</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getLocalPlan_SupportingActions()
	 * @model
	 * @generated
	 */
	EList<Action> getSupportingActions();

} // LocalPlan
