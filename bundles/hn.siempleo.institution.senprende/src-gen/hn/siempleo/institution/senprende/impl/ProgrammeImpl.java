/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende.impl;

import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeKind;
import hn.siempleo.institution.senprende.SenprendePackage;

import hn.siempleo.model.Office;

import hn.siempleo.model.impl.CodedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeImpl#getOffices <em>Offices</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeImpl extends CodedImpl implements Programme {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ProgrammeKind KIND_EDEFAULT = ProgrammeKind.TRAINING;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ProgrammeKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOffices() <em>Offices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffices()
	 * @generated
	 * @ordered
	 */
	protected EList<Office> offices;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SenprendePackage.Literals.PROGRAMME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProgrammeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ProgrammeKind newKind) {
		ProgrammeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SenprendePackage.PROGRAMME__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Office> getOffices() {
		if (offices == null) {
			offices = new EObjectResolvingEList<Office>(Office.class, this, SenprendePackage.PROGRAMME__OFFICES);
		}
		return offices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SenprendePackage.PROGRAMME__KIND:
				return getKind();
			case SenprendePackage.PROGRAMME__OFFICES:
				return getOffices();
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
			case SenprendePackage.PROGRAMME__KIND:
				setKind((ProgrammeKind)newValue);
				return;
			case SenprendePackage.PROGRAMME__OFFICES:
				getOffices().clear();
				getOffices().addAll((Collection<? extends Office>)newValue);
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
			case SenprendePackage.PROGRAMME__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SenprendePackage.PROGRAMME__OFFICES:
				getOffices().clear();
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
			case SenprendePackage.PROGRAMME__KIND:
				return kind != KIND_EDEFAULT;
			case SenprendePackage.PROGRAMME__OFFICES:
				return offices != null && !offices.isEmpty();
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //ProgrammeImpl
