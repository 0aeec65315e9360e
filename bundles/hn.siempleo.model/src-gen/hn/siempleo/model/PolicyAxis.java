/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy Axis</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An axis of the Employment Policy.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.PolicyAxis#getNumber <em>Number</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getPolicyAxis()
 * @model
 * @generated
 */
public interface PolicyAxis extends Coded {
	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Axis number in the Employment Policy (1-3).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(int)
	 * @see hn.siempleo.model.SiempleoPackage#getPolicyAxis_Number()
	 * @model
	 * @generated
	 */
	int getNumber();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.PolicyAxis#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(int value);

} // PolicyAxis
