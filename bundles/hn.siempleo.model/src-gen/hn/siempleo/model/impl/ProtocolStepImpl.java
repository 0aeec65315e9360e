/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Institution;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.SiempleoPackage;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Protocol Step</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.ProtocolStepImpl#getOrder <em>Order</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ProtocolStepImpl#getResponsible <em>Responsible</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ProtocolStepImpl#getResponseDays <em>Response Days</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProtocolStepImpl extends CodedImpl implements ProtocolStep {
	/**
	 * The default value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrder() <em>Order</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrder()
	 * @generated
	 * @ordered
	 */
	protected int order = ORDER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResponsible() <em>Responsible</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsible()
	 * @generated
	 * @ordered
	 */
	protected Institution responsible;

	/**
	 * The default value of the '{@link #getResponseDays() <em>Response Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseDays()
	 * @generated
	 * @ordered
	 */
	protected static final int RESPONSE_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getResponseDays() <em>Response Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponseDays()
	 * @generated
	 * @ordered
	 */
	protected int responseDays = RESPONSE_DAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProtocolStepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.PROTOCOL_STEP;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrder() {
		return order;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrder(int newOrder) {
		int oldOrder = order;
		order = newOrder;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.PROTOCOL_STEP__ORDER, oldOrder, order));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Institution getResponsible() {
		if (responsible != null && responsible.eIsProxy()) {
			InternalEObject oldResponsible = (InternalEObject)responsible;
			responsible = (Institution)eResolveProxy(oldResponsible);
			if (responsible != oldResponsible) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.PROTOCOL_STEP__RESPONSIBLE, oldResponsible, responsible));
			}
		}
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Institution basicGetResponsible() {
		return responsible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsible(Institution newResponsible) {
		Institution oldResponsible = responsible;
		responsible = newResponsible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.PROTOCOL_STEP__RESPONSIBLE, oldResponsible, responsible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getResponseDays() {
		return responseDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponseDays(int newResponseDays) {
		int oldResponseDays = responseDays;
		responseDays = newResponseDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.PROTOCOL_STEP__RESPONSE_DAYS, oldResponseDays, responseDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SiempleoPackage.PROTOCOL_STEP__ORDER:
				return getOrder();
			case SiempleoPackage.PROTOCOL_STEP__RESPONSIBLE:
				if (resolve) return getResponsible();
				return basicGetResponsible();
			case SiempleoPackage.PROTOCOL_STEP__RESPONSE_DAYS:
				return getResponseDays();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SiempleoPackage.PROTOCOL_STEP__ORDER:
				setOrder((Integer)newValue);
				return;
			case SiempleoPackage.PROTOCOL_STEP__RESPONSIBLE:
				setResponsible((Institution)newValue);
				return;
			case SiempleoPackage.PROTOCOL_STEP__RESPONSE_DAYS:
				setResponseDays((Integer)newValue);
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
			case SiempleoPackage.PROTOCOL_STEP__ORDER:
				setOrder(ORDER_EDEFAULT);
				return;
			case SiempleoPackage.PROTOCOL_STEP__RESPONSIBLE:
				setResponsible((Institution)null);
				return;
			case SiempleoPackage.PROTOCOL_STEP__RESPONSE_DAYS:
				setResponseDays(RESPONSE_DAYS_EDEFAULT);
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
			case SiempleoPackage.PROTOCOL_STEP__ORDER:
				return order != ORDER_EDEFAULT;
			case SiempleoPackage.PROTOCOL_STEP__RESPONSIBLE:
				return responsible != null;
			case SiempleoPackage.PROTOCOL_STEP__RESPONSE_DAYS:
				return responseDays != RESPONSE_DAYS_EDEFAULT;
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
		result.append(" (order: ");
		result.append(order);
		result.append(", responseDays: ");
		result.append(responseDays);
		result.append(')');
		return result.toString();
	}

} //ProtocolStepImpl
