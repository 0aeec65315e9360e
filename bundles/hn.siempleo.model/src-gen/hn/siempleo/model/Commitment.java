/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Commitment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A commitment of an agreement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Commitment#getInstitution <em>Institution</em>}</li>
 *   <li>{@link hn.siempleo.model.Commitment#getService <em>Service</em>}</li>
 *   <li>{@link hn.siempleo.model.Commitment#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.Commitment#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getCommitment()
 * @model
 * @generated
 */
public interface Commitment extends Identified {
	/**
	 * Returns the value of the '<em><b>Institution</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who commits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Institution</em>' reference.
	 * @see #setInstitution(Institution)
	 * @see hn.siempleo.model.SiempleoPackage#getCommitment_Institution()
	 * @model
	 * @generated
	 */
	Institution getInstitution();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Commitment#getInstitution <em>Institution</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Institution</em>' reference.
	 * @see #getInstitution()
	 * @generated
	 */
	void setInstitution(Institution value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which service.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see hn.siempleo.model.SiempleoPackage#getCommitment_Service()
	 * @model
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Commitment#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Offices</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Office}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offices</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getCommitment_Offices()
	 * @model
	 * @generated
	 */
	EList<Office> getOffices();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is committed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see hn.siempleo.model.SiempleoPackage#getCommitment_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Commitment#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Commitment
