/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Territorial Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mesa territorial de empleo.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.TerritorialTable#getDepartment <em>Department</em>}</li>
 *   <li>{@link hn.siempleo.model.TerritorialTable#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link hn.siempleo.model.TerritorialTable#getInstalledOn <em>Installed On</em>}</li>
 *   <li>{@link hn.siempleo.model.TerritorialTable#getMembers <em>Members</em>}</li>
 *   <li>{@link hn.siempleo.model.TerritorialTable#getLocalPlans <em>Local Plans</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getTerritorialTable()
 * @model
 * @generated
 */
public interface TerritorialTable extends Coded {
	/**
	 * Returns the value of the '<em><b>Department</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.Department}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Department.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' attribute.
	 * @see hn.siempleo.model.Department
	 * @see #setDepartment(Department)
	 * @see hn.siempleo.model.SiempleoPackage#getTerritorialTable_Department()
	 * @model
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.TerritorialTable#getDepartment <em>Department</em>}' attribute.
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
	 * Municipality or territory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Municipality</em>' attribute.
	 * @see #setMunicipality(String)
	 * @see hn.siempleo.model.SiempleoPackage#getTerritorialTable_Municipality()
	 * @model
	 * @generated
	 */
	String getMunicipality();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.TerritorialTable#getMunicipality <em>Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' attribute.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(String value);

	/**
	 * Returns the value of the '<em><b>Installed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Installation date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Installed On</em>' attribute.
	 * @see #setInstalledOn(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getTerritorialTable_InstalledOn()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getInstalledOn();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.TerritorialTable#getInstalledOn <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Installed On</em>' attribute.
	 * @see #getInstalledOn()
	 * @generated
	 */
	void setInstalledOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.TableMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Members.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getTerritorialTable_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<TableMember> getMembers();

	/**
	 * Returns the value of the '<em><b>Local Plans</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.LocalPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Local employment and income plans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Plans</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getTerritorialTable_LocalPlans()
	 * @model containment="true"
	 * @generated
	 */
	EList<LocalPlan> getLocalPlans();

} // TerritorialTable
