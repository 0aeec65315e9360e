/**
 * Generated from infop.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.infop;

import hn.siempleo.model.Coded;
import hn.siempleo.model.Office;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A training course of INFOP.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.infop.Course#getSector <em>Sector</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.Course#getDurationHours <em>Duration Hours</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.Course#getModality <em>Modality</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.Course#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.Course#getSeats <em>Seats</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.infop.InfopPackage#getCourse()
 * @model
 * @generated
 */
public interface Course extends Coded {
	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Economic sector, e.g. Turismo, Construcción.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourse_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.infop.Course#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Duration Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Duration in hours.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Hours</em>' attribute.
	 * @see #setDurationHours(int)
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourse_DurationHours()
	 * @model
	 * @generated
	 */
	int getDurationHours();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.infop.Course#getDurationHours <em>Duration Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Hours</em>' attribute.
	 * @see #getDurationHours()
	 * @generated
	 */
	void setDurationHours(int value);

	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.institution.infop.Modality}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the course is given.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see hn.siempleo.institution.infop.Modality
	 * @see #setModality(Modality)
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourse_Modality()
	 * @model
	 * @generated
	 */
	Modality getModality();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.infop.Course#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see hn.siempleo.institution.infop.Modality
	 * @see #getModality()
	 * @generated
	 */
	void setModality(Modality value);

	/**
	 * Returns the value of the '<em><b>Offices</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Office}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sí Empleo offices where the course is offered.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offices</em>' reference list.
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourse_Offices()
	 * @model
	 * @generated
	 */
	EList<Office> getOffices();

	/**
	 * Returns the value of the '<em><b>Seats</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Seats per edition.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seats</em>' attribute.
	 * @see #setSeats(int)
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourse_Seats()
	 * @model
	 * @generated
	 */
	int getSeats();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.infop.Course#getSeats <em>Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seats</em>' attribute.
	 * @see #getSeats()
	 * @generated
	 */
	void setSeats(int value);

} // Course
