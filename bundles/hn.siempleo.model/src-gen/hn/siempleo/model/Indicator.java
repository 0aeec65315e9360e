/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An indicator with baseline, target and measurements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Indicator#getUnit <em>Unit</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getTarget <em>Target</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getTargetDate <em>Target Date</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getMeasurements <em>Measurements</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getIndicator()
 * @model
 * @generated
 */
public interface Indicator extends Coded {
	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of measure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Baseline value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(double)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Baseline()
	 * @model
	 * @generated
	 */
	double getBaseline();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(double value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Target value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(double)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Target()
	 * @model
	 * @generated
	 */
	double getTarget();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(double value);

	/**
	 * Returns the value of the '<em><b>Target Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the target is due.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Date</em>' attribute.
	 * @see #setTargetDate(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_TargetDate()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getTargetDate();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getTargetDate <em>Target Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Date</em>' attribute.
	 * @see #getTargetDate()
	 * @generated
	 */
	void setTargetDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Measurements</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Measurement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dated measurements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

} // Indicator
