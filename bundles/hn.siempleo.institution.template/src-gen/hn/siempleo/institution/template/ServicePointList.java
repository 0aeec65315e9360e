/**
 * Generated from template.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.template;

import hn.siempleo.model.Identified;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Point List</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The plug-in's root object, saved after the workspace in the same file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.template.ServicePointList#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.institution.template.TemplatePackage#getServicePointList()
 * @model
 * @generated
 */
public interface ServicePointList extends Identified {
	/**
	 * Returns the value of the '<em><b>Points</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.institution.template.ServicePoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The institution's service points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' containment reference list.
	 * @see hn.siempleo.institution.template.TemplatePackage#getServicePointList_Points()
	 * @model containment="true"
	 * @generated
	 */
	EList<ServicePoint> getPoints();

} // ServicePointList
