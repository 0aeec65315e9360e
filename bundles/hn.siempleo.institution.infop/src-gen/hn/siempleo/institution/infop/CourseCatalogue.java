/**
 * Generated from infop.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.infop;

import hn.siempleo.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course Catalogue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The catalogue: a root object of its own after the workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.infop.CourseCatalogue#getPeriod <em>Period</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.CourseCatalogue#getCourses <em>Courses</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.infop.InfopPackage#getCourseCatalogue()
 * @model
 * @generated
 */
public interface CourseCatalogue extends Identified {
	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Period the catalogue is valid for, e.g. 2025.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourseCatalogue_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.infop.CourseCatalogue#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>Courses</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.institution.infop.Course}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The courses INFOP offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Courses</em>' containment reference list.
	 * @see hn.siempleo.institution.infop.InfopPackage#getCourseCatalogue_Courses()
	 * @model containment="true"
	 * @generated
	 */
	EList<Course> getCourses();

} // CourseCatalogue
