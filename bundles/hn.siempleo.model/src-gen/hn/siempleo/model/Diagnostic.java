/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagnostic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A PES Scan diagnostic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Diagnostic#getDate <em>Date</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#getScope <em>Scope</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#getOffice <em>Office</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#getAssessors <em>Assessors</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#isFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link hn.siempleo.model.Diagnostic#getOfficeScans <em>Office Scans</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic()
 * @model
 * @generated
 */
public interface Diagnostic extends Coded {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Date of the diagnostic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_Date()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Diagnostic#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.DiagnosticScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * National or one office.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see hn.siempleo.model.DiagnosticScope
	 * @see #setScope(DiagnosticScope)
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_Scope()
	 * @model
	 * @generated
	 */
	DiagnosticScope getScope();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Diagnostic#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see hn.siempleo.model.DiagnosticScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(DiagnosticScope value);

	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The office, when the scope is an office.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Diagnostic#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Assessors</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessors</em>' attribute list.
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_Assessors()
	 * @model
	 * @generated
	 */
	EList<String> getAssessors();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One assessment per criterion.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Follow Up</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this diagnostic re-scans an earlier one, its baseline, to see what changed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up</em>' attribute.
	 * @see #setFollowUp(boolean)
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_FollowUp()
	 * @model
	 * @generated
	 */
	boolean isFollowUp();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Diagnostic#isFollowUp <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up</em>' attribute.
	 * @see #isFollowUp()
	 * @generated
	 */
	void setFollowUp(boolean value);

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The earlier diagnostic a follow-up is compared with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' reference.
	 * @see #setBaseline(Diagnostic)
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_Baseline()
	 * @model
	 * @generated
	 */
	Diagnostic getBaseline();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Diagnostic#getBaseline <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' reference.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(Diagnostic value);

	/**
	 * Returns the value of the '<em><b>Office Scans</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Diagnostic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a national scan: the scans of single offices that make it up (the office by dimension heat map).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office Scans</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getDiagnostic_OfficeScans()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagnostic> getOfficeScans();

} // Diagnostic
