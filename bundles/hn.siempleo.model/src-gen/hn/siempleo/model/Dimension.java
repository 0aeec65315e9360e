/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dimension</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PES Scan dimension (gobernanza, organización de servicios, alianzas, rendimiento).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Dimension#getPlanDimension <em>Plan Dimension</em>}</li>
 *   <li>{@link hn.siempleo.model.Dimension#getCriteria <em>Criteria</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getDimension()
 * @model
 * @generated
 */
public interface Dimension extends Coded {
	/**
	 * Returns the value of the '<em><b>Plan Dimension</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.PlanDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Preparation or response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Dimension</em>' attribute.
	 * @see hn.siempleo.model.PlanDimension
	 * @see #setPlanDimension(PlanDimension)
	 * @see hn.siempleo.model.SiempleoPackage#getDimension_PlanDimension()
	 * @model
	 * @generated
	 */
	PlanDimension getPlanDimension();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Dimension#getPlanDimension <em>Plan Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Dimension</em>' attribute.
	 * @see hn.siempleo.model.PlanDimension
	 * @see #getPlanDimension()
	 * @generated
	 */
	void setPlanDimension(PlanDimension value);

	/**
	 * Returns the value of the '<em><b>Criteria</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Criterion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Criteria of this dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criteria</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getDimension_Criteria()
	 * @model containment="true"
	 * @generated
	 */
	EList<Criterion> getCriteria();

} // Dimension
