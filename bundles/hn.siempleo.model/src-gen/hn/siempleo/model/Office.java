/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Office</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An employment office of the Sí Empleo network.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Office#getDepartment <em>Department</em>}</li>
 *   <li>{@link hn.siempleo.model.Office#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link hn.siempleo.model.Office#getModel <em>Model</em>}</li>
 *   <li>{@link hn.siempleo.model.Office#getServices <em>Services</em>}</li>
 *   <li>{@link hn.siempleo.model.Office#getPartners <em>Partners</em>}</li>
 *   <li>{@link hn.siempleo.model.Office#getStaff <em>Staff</em>}</li>
 *   <li>{@link hn.siempleo.model.Office#isOpen <em>Open</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getOffice()
 * @model
 * @generated
 */
public interface Office extends Coded {
	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Department where the office is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see hn.siempleo.model.Department
	 * @see #setDepartment(Department)
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Office#getDepartment <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' attribute.
	 * @see hn.siempleo.model.Department
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Municipality.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipality</em>' attribute.
	 * @see #setMunicipality(String)
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Municipality()
	 * @model
	 * @generated
	 */
	String getMunicipality();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Office#getMunicipality <em>Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' attribute.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(String value);

	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.OfficeModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Traditional or integrated.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see hn.siempleo.model.OfficeModel
	 * @see #setModel(OfficeModel)
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Model()
	 * @model
	 * @generated
	 */
	OfficeModel getModel();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Office#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see hn.siempleo.model.OfficeModel
	 * @see #getModel()
	 * @generated
	 */
	void setModel(OfficeModel value);

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services the office offers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Services()
	 * @model
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Partners</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Institution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partner institutions present in the office.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Partners</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Partners()
	 * @model
	 * @generated
	 */
	EList<Institution> getPartners();

	/**
	 * Returns the value of the '<em><b>Staff</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of staff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Staff</em>' attribute.
	 * @see #setStaff(int)
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Staff()
	 * @model
	 * @generated
	 */
	int getStaff();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Office#getStaff <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Staff</em>' attribute.
	 * @see #getStaff()
	 * @generated
	 */
	void setStaff(int value);

	/**
	 * Returns the value of the '<em><b>Open</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the office serves the public.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Open</em>' attribute.
	 * @see #setOpen(boolean)
	 * @see hn.siempleo.model.SiempleoPackage#getOffice_Open()
	 * @model default="true"
	 * @generated
	 */
	boolean isOpen();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Office#isOpen <em>Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Open</em>' attribute.
	 * @see #isOpen()
	 * @generated
	 */
	void setOpen(boolean value);

} // Office
