/**
 * Generated from template.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.template;

import hn.siempleo.model.Coded;
import hn.siempleo.model.Office;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Point</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A place where the institution attends people, at a Sí Empleo office.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.template.ServicePoint#getOffice <em>Office</em>}</li>
 *   <li>{@link hn.siempleo.institution.template.ServicePoint#getOpenDays <em>Open Days</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.template.TemplatePackage#getServicePoint()
 * @model
 * @generated
 */
public interface ServicePoint extends Coded {
	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Sí Empleo office it is in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see hn.siempleo.institution.template.TemplatePackage#getServicePoint_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.template.ServicePoint#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Open Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days a week it is open (1 to 7).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Open Days</em>' attribute.
	 * @see #setOpenDays(int)
	 * @see hn.siempleo.institution.template.TemplatePackage#getServicePoint_OpenDays()
	 * @model
	 * @generated
	 */
	int getOpenDays();

	/**
	 * Sets the value of the '{@link hn.siempleo.institution.template.ServicePoint#getOpenDays <em>Open Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open Days</em>' attribute.
	 * @see #getOpenDays()
	 * @generated
	 */
	void setOpenDays(int value);

} // ServicePoint
