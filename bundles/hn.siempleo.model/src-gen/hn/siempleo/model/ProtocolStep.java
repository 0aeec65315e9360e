/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Protocol Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A step of a protocol.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.ProtocolStep#getOrder <em>Order</em>}</li>
 *   <li>{@link hn.siempleo.model.ProtocolStep#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link hn.siempleo.model.ProtocolStep#getResponseDays <em>Response Days</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getProtocolStep()
 * @model
 * @generated
 */
public interface ProtocolStep extends Coded {
	/**
	 * Returns the value of the '<em><b>Order</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Position of the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Order</em>' attribute.
	 * @see #setOrder(int)
	 * @see hn.siempleo.model.SiempleoPackage#getProtocolStep_Order()
	 * @model
	 * @generated
	 */
	int getOrder();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ProtocolStep#getOrder <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Order</em>' attribute.
	 * @see #getOrder()
	 * @generated
	 */
	void setOrder(int value);

	/**
	 * Returns the value of the '<em><b>Responsible</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Institution responsible for the step.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible</em>' reference.
	 * @see #setResponsible(Institution)
	 * @see hn.siempleo.model.SiempleoPackage#getProtocolStep_Responsible()
	 * @model
	 * @generated
	 */
	Institution getResponsible();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ProtocolStep#getResponsible <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible</em>' reference.
	 * @see #getResponsible()
	 * @generated
	 */
	void setResponsible(Institution value);

	/**
	 * Returns the value of the '<em><b>Response Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target response time of the step in calendar days; 0 when none is set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Response Days</em>' attribute.
	 * @see #setResponseDays(int)
	 * @see hn.siempleo.model.SiempleoPackage#getProtocolStep_ResponseDays()
	 * @model
	 * @generated
	 */
	int getResponseDays();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ProtocolStep#getResponseDays <em>Response Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Response Days</em>' attribute.
	 * @see #getResponseDays()
	 * @generated
	 */
	void setResponseDays(int value);

} // ProtocolStep
