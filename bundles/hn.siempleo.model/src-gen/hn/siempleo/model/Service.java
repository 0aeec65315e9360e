/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the service lines (intermediación, orientación, gestión empresarial, derivación, gestión territorial).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Service#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getService()
 * @model
 * @generated
 */
public interface Service extends Coded {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators that measure the service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getService_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Service
