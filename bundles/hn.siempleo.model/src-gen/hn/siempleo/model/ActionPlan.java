/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.ActionPlan#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link hn.siempleo.model.ActionPlan#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link hn.siempleo.model.ActionPlan#getBudgetYear <em>Budget Year</em>}</li>
 *   <li>{@link hn.siempleo.model.ActionPlan#getActions <em>Actions</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getActionPlan()
 * @model
 * @generated
 */
public interface ActionPlan extends Coded {
	/**
	 * Returns the value of the '<em><b>Period Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First day of the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period Start</em>' attribute.
	 * @see #setPeriodStart(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getActionPlan_PeriodStart()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodStart();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ActionPlan#getPeriodStart <em>Period Start</em>}' attribute.
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
	 * Last day of the plan period.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period End</em>' attribute.
	 * @see #setPeriodEnd(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getActionPlan_PeriodEnd()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getPeriodEnd();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ActionPlan#getPeriodEnd <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period End</em>' attribute.
	 * @see #getPeriodEnd()
	 * @generated
	 */
	void setPeriodEnd(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Budget Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget year additional-budget actions are requested for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget Year</em>' attribute.
	 * @see #setBudgetYear(int)
	 * @see hn.siempleo.model.SiempleoPackage#getActionPlan_BudgetYear()
	 * @model
	 * @generated
	 */
	int getBudgetYear();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ActionPlan#getBudgetYear <em>Budget Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget Year</em>' attribute.
	 * @see #getBudgetYear()
	 * @generated
	 */
	void setBudgetYear(int value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Action}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actions of the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getActionPlan_Actions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Action> getActions();

} // ActionPlan
