/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PES Scan criterion scored in a diagnostic.
 * <!-- end-model-doc -->
 *
 *
 * @see hn.siempleo.model.SiempleoPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends Coded {
} // Criterion
