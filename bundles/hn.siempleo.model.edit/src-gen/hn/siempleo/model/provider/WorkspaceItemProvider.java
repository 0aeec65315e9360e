/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.provider;


import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Workspace;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link hn.siempleo.model.Workspace} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class WorkspaceItemProvider extends IdentifiedItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public WorkspaceItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Workspace_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Workspace_name_feature", "_UI_Workspace_type"),
				 SiempleoPackage.Literals.WORKSPACE__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Workspace_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Workspace_description_feature", "_UI_Workspace_type"),
				 SiempleoPackage.Literals.WORKSPACE__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__INSTITUTIONS);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__OFFICES);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__SERVICES);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__AXES);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__DIMENSIONS);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__DIAGNOSTICS);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__PLANS);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__AGREEMENTS);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__TERRITORIAL_TABLES);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__LOCAL_PLAN_PROTOCOL);
			childrenFeatures.add(SiempleoPackage.Literals.WORKSPACE__INDICATORS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Workspace.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Workspace"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Workspace)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Workspace_type") :
			getString("_UI_Workspace_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Workspace.class)) {
			case SiempleoPackage.WORKSPACE__NAME:
			case SiempleoPackage.WORKSPACE__DESCRIPTION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case SiempleoPackage.WORKSPACE__INSTITUTIONS:
			case SiempleoPackage.WORKSPACE__OFFICES:
			case SiempleoPackage.WORKSPACE__SERVICES:
			case SiempleoPackage.WORKSPACE__AXES:
			case SiempleoPackage.WORKSPACE__DIMENSIONS:
			case SiempleoPackage.WORKSPACE__DIAGNOSTICS:
			case SiempleoPackage.WORKSPACE__PLANS:
			case SiempleoPackage.WORKSPACE__AGREEMENTS:
			case SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES:
			case SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL:
			case SiempleoPackage.WORKSPACE__INDICATORS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__INSTITUTIONS,
				 SiempleoFactory.eINSTANCE.createInstitution()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__OFFICES,
				 SiempleoFactory.eINSTANCE.createOffice()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__SERVICES,
				 SiempleoFactory.eINSTANCE.createService()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__AXES,
				 SiempleoFactory.eINSTANCE.createPolicyAxis()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__DIMENSIONS,
				 SiempleoFactory.eINSTANCE.createDimension()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__DIAGNOSTICS,
				 SiempleoFactory.eINSTANCE.createDiagnostic()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__PLANS,
				 SiempleoFactory.eINSTANCE.createActionPlan()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__AGREEMENTS,
				 SiempleoFactory.eINSTANCE.createAgreement()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__TERRITORIAL_TABLES,
				 SiempleoFactory.eINSTANCE.createTerritorialTable()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__LOCAL_PLAN_PROTOCOL,
				 SiempleoFactory.eINSTANCE.createProtocolStep()));

		newChildDescriptors.add
			(createChildParameter
				(SiempleoPackage.Literals.WORKSPACE__INDICATORS,
				 SiempleoFactory.eINSTANCE.createIndicator()));
	}

}
