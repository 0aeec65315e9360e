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
 * A results indicator of a service (listed in Service.indicators) or of the whole plan: definition, unit, direction, periodicity, baseline, final target, targets per period (national and per office) and measurements per period.
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
 *   <li>{@link hn.siempleo.model.Indicator#getDefinition <em>Definition</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getDirection <em>Direction</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getPeriodicity <em>Periodicity</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link hn.siempleo.model.Indicator#getTargets <em>Targets</em>}</li>
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
	 * Final target value (at the target date).
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
	 * Measurements per period, national or per office.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measurements</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Measurements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Measurement> getMeasurements();

	/**
	 * Returns the value of the '<em><b>Definition</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Formula or definition (ficha técnica).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Definition</em>' attribute.
	 * @see #setDefinition(String)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Definition()
	 * @model
	 * @generated
	 */
	String getDefinition();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getDefinition <em>Definition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Definition</em>' attribute.
	 * @see #getDefinition()
	 * @generated
	 */
	void setDefinition(String value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.Direction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether higher or lower values are better.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see hn.siempleo.model.Direction
	 * @see #setDirection(Direction)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Direction()
	 * @model
	 * @generated
	 */
	Direction getDirection();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see hn.siempleo.model.Direction
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(Direction value);

	/**
	 * Returns the value of the '<em><b>Periodicity</b></em>' attribute.
	 * The default value is <code>"QUARTERLY"</code>.
	 * The literals are from the enumeration {@link hn.siempleo.model.Periodicity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How often the indicator is measured.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Periodicity</em>' attribute.
	 * @see hn.siempleo.model.Periodicity
	 * @see #setPeriodicity(Periodicity)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Periodicity()
	 * @model default="QUARTERLY"
	 * @generated
	 */
	Periodicity getPeriodicity();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getPeriodicity <em>Periodicity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Periodicity</em>' attribute.
	 * @see hn.siempleo.model.Periodicity
	 * @see #getPeriodicity()
	 * @generated
	 */
	void setPeriodicity(Periodicity value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How national values are computed from office values (sum or weighted mean).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see hn.siempleo.model.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Indicator#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see hn.siempleo.model.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.IndicatorTarget}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Targets per period, national or per office.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getIndicator_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorTarget> getTargets();

} // Indicator
