/**
 * Generated from template.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.template;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see hn.siempleo.institution.template.TemplatePackage
 * @generated
 */
public interface TemplateFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TemplateFactory eINSTANCE = hn.siempleo.institution.template.impl.TemplateFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Service Point List</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Point List</em>'.
	 * @generated
	 */
	ServicePointList createServicePointList();

	/**
	 * Returns a new object of class '<em>Service Point</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Service Point</em>'.
	 * @generated
	 */
	ServicePoint createServicePoint();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	TemplatePackage getTemplatePackage();

} //TemplateFactory
