/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PES Scan criterion scored in a diagnostic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Criterion#getLevelDescriptions <em>Level Descriptions</em>}</li>
 *   <li>{@link hn.siempleo.model.Criterion#getSuggestedAxis <em>Suggested Axis</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getCriterion()
 * @model
 * @generated
 */
public interface Criterion extends Coded {

	/**
	 * Returns the value of the '<em><b>Level Descriptions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What each maturity level means for this criterion, from level 1 (Inicial) upwards; the criterion is scored on as many levels as are described (all four when none is).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Level Descriptions</em>' attribute list.
	 * @see hn.siempleo.model.SiempleoPackage#getCriterion_LevelDescriptions()
	 * @model unique="false" upper="4"
	 * @generated
	 */
	EList<String> getLevelDescriptions();

	/**
	 * Returns the value of the '<em><b>Suggested Axis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Employment Policy axis suggested for actions that close a gap of this criterion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Suggested Axis</em>' reference.
	 * @see #setSuggestedAxis(PolicyAxis)
	 * @see hn.siempleo.model.SiempleoPackage#getCriterion_SuggestedAxis()
	 * @model
	 * @generated
	 */
	PolicyAxis getSuggestedAxis();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Criterion#getSuggestedAxis <em>Suggested Axis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Suggested Axis</em>' reference.
	 * @see #getSuggestedAxis()
	 * @generated
	 */
	void setSuggestedAxis(PolicyAxis value);
} // Criterion
