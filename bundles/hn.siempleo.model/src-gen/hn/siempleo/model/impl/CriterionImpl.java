/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Criterion;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.SiempleoPackage;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Criterion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.CriterionImpl#getLevelDescriptions <em>Level Descriptions</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.CriterionImpl#getSuggestedAxis <em>Suggested Axis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CriterionImpl extends CodedImpl implements Criterion {
	/**
	 * The cached value of the '{@link #getLevelDescriptions() <em>Level Descriptions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevelDescriptions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> levelDescriptions;
	/**
	 * The cached value of the '{@link #getSuggestedAxis() <em>Suggested Axis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggestedAxis()
	 * @generated
	 * @ordered
	 */
	protected PolicyAxis suggestedAxis;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CriterionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.CRITERION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLevelDescriptions() {
		if (levelDescriptions == null) {
			levelDescriptions = new EDataTypeEList<String>(String.class, this, SiempleoPackage.CRITERION__LEVEL_DESCRIPTIONS);
		}
		return levelDescriptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyAxis getSuggestedAxis() {
		if (suggestedAxis != null && suggestedAxis.eIsProxy()) {
			InternalEObject oldSuggestedAxis = (InternalEObject)suggestedAxis;
			suggestedAxis = (PolicyAxis)eResolveProxy(oldSuggestedAxis);
			if (suggestedAxis != oldSuggestedAxis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.CRITERION__SUGGESTED_AXIS, oldSuggestedAxis, suggestedAxis));
			}
		}
		return suggestedAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyAxis basicGetSuggestedAxis() {
		return suggestedAxis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSuggestedAxis(PolicyAxis newSuggestedAxis) {
		PolicyAxis oldSuggestedAxis = suggestedAxis;
		suggestedAxis = newSuggestedAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.CRITERION__SUGGESTED_AXIS, oldSuggestedAxis, suggestedAxis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SiempleoPackage.CRITERION__LEVEL_DESCRIPTIONS:
				return getLevelDescriptions();
			case SiempleoPackage.CRITERION__SUGGESTED_AXIS:
				if (resolve) return getSuggestedAxis();
				return basicGetSuggestedAxis();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SiempleoPackage.CRITERION__LEVEL_DESCRIPTIONS:
				getLevelDescriptions().clear();
				getLevelDescriptions().addAll((Collection<? extends String>)newValue);
				return;
			case SiempleoPackage.CRITERION__SUGGESTED_AXIS:
				setSuggestedAxis((PolicyAxis)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SiempleoPackage.CRITERION__LEVEL_DESCRIPTIONS:
				getLevelDescriptions().clear();
				return;
			case SiempleoPackage.CRITERION__SUGGESTED_AXIS:
				setSuggestedAxis((PolicyAxis)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SiempleoPackage.CRITERION__LEVEL_DESCRIPTIONS:
				return levelDescriptions != null && !levelDescriptions.isEmpty();
			case SiempleoPackage.CRITERION__SUGGESTED_AXIS:
				return suggestedAxis != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (levelDescriptions: ");
		result.append(levelDescriptions);
		result.append(')');
		return result.toString();
	}

} //CriterionImpl
