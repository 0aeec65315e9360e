/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a Sí Empleo model.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Workspace#getName <em>Name</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getDescription <em>Description</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getInstitutions <em>Institutions</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getServices <em>Services</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getAxes <em>Axes</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getDiagnostics <em>Diagnostics</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getPlans <em>Plans</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getTerritorialTables <em>Territorial Tables</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getLocalPlanProtocol <em>Local Plan Protocol</em>}</li>
 *   <li>{@link hn.siempleo.model.Workspace#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getWorkspace()
 * @model
 * @generated
 */
public interface Workspace extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the data set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Workspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the data set contains, including which values are illustrative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Workspace#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Institutions</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Institution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Institutions of the employment sector.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Institutions</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Institutions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Institution> getInstitutions();

	/**
	 * Returns the value of the '<em><b>Offices</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Office}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Employment offices.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offices</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Offices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Office> getOffices();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service lines.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Services()
	 * @model containment="true"
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Axes</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.PolicyAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Axes of the Employment Policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axes</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Axes()
	 * @model containment="true"
	 * @generated
	 */
	EList<PolicyAxis> getAxes();

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Dimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PES Scan dimensions with their criteria.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimensions</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Dimensions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Dimension> getDimensions();

	/**
	 * Returns the value of the '<em><b>Diagnostics</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Diagnostic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PES Scan diagnostics.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Diagnostics</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Diagnostics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Diagnostic> getDiagnostics();

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.ActionPlan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Action plans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plans</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Plans()
	 * @model containment="true"
	 * @generated
	 */
	EList<ActionPlan> getPlans();

	/**
	 * Returns the value of the '<em><b>Agreements</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Agreement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Inter-institutional agreements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agreements</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Agreements()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agreement> getAgreements();

	/**
	 * Returns the value of the '<em><b>Territorial Tables</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.TerritorialTable}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Territorial employment tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Territorial Tables</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_TerritorialTables()
	 * @model containment="true"
	 * @generated
	 */
	EList<TerritorialTable> getTerritorialTables();

	/**
	 * Returns the value of the '<em><b>Local Plan Protocol</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.ProtocolStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps of the protocol for local employment plans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Local Plan Protocol</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_LocalPlanProtocol()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProtocolStep> getLocalPlanProtocol();

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators with baseline, target and measurements.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getWorkspace_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // Workspace
