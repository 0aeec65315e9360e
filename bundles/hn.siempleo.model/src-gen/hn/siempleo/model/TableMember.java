/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A member of a territorial table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.TableMember#getName <em>Name</em>}</li>
 *   <li>{@link hn.siempleo.model.TableMember#getSector <em>Sector</em>}</li>
 *   <li>{@link hn.siempleo.model.TableMember#getInstitution <em>Institution</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getTableMember()
 * @model
 * @generated
 */
public interface TableMember extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Member organisation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see hn.siempleo.model.SiempleoPackage#getTableMember_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.TableMember#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Sector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Public, private, civil society, academia, cooperation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sector</em>' attribute.
	 * @see #setSector(String)
	 * @see hn.siempleo.model.SiempleoPackage#getTableMember_Sector()
	 * @model
	 * @generated
	 */
	String getSector();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.TableMember#getSector <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sector</em>' attribute.
	 * @see #getSector()
	 * @generated
	 */
	void setSector(String value);

	/**
	 * Returns the value of the '<em><b>Institution</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The institution, when it is one of the model's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Institution</em>' reference.
	 * @see #setInstitution(Institution)
	 * @see hn.siempleo.model.SiempleoPackage#getTableMember_Institution()
	 * @model
	 * @generated
	 */
	Institution getInstitution();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.TableMember#getInstitution <em>Institution</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Institution</em>' reference.
	 * @see #getInstitution()
	 * @generated
	 */
	void setInstitution(Institution value);

} // TableMember
