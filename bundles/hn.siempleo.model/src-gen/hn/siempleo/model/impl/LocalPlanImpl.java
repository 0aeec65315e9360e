/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Action;
import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.LocalPlanStep;
import hn.siempleo.model.SiempleoPackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Local Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.LocalPlanImpl#getPeriodStart <em>Period Start</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.LocalPlanImpl#getPeriodEnd <em>Period End</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.LocalPlanImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.LocalPlanImpl#getSupportingActions <em>Supporting Actions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocalPlanImpl extends CodedImpl implements LocalPlan {
	/**
	 * The default value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodStart() <em>Period Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodStart()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodStart = PERIOD_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate PERIOD_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriodEnd() <em>Period End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriodEnd()
	 * @generated
	 * @ordered
	 */
	protected LocalDate periodEnd = PERIOD_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalPlanStep> steps;

	/**
	 * The cached value of the '{@link #getSupportingActions() <em>Supporting Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupportingActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> supportingActions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocalPlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.LOCAL_PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodStart() {
		return periodStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodStart(LocalDate newPeriodStart) {
		LocalDate oldPeriodStart = periodStart;
		periodStart = newPeriodStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.LOCAL_PLAN__PERIOD_START, oldPeriodStart, periodStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriodEnd(LocalDate newPeriodEnd) {
		LocalDate oldPeriodEnd = periodEnd;
		periodEnd = newPeriodEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.LOCAL_PLAN__PERIOD_END, oldPeriodEnd, periodEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalPlanStep> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<LocalPlanStep>(LocalPlanStep.class, this, SiempleoPackage.LOCAL_PLAN__STEPS);
		}
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getSupportingActions() {
		if (supportingActions == null) {
			supportingActions = new EObjectResolvingEList<Action>(Action.class, this, SiempleoPackage.LOCAL_PLAN__SUPPORTING_ACTIONS);
		}
		return supportingActions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.LOCAL_PLAN__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SiempleoPackage.LOCAL_PLAN__PERIOD_START:
				return getPeriodStart();
			case SiempleoPackage.LOCAL_PLAN__PERIOD_END:
				return getPeriodEnd();
			case SiempleoPackage.LOCAL_PLAN__STEPS:
				return getSteps();
			case SiempleoPackage.LOCAL_PLAN__SUPPORTING_ACTIONS:
				return getSupportingActions();
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
			case SiempleoPackage.LOCAL_PLAN__PERIOD_START:
				setPeriodStart((LocalDate)newValue);
				return;
			case SiempleoPackage.LOCAL_PLAN__PERIOD_END:
				setPeriodEnd((LocalDate)newValue);
				return;
			case SiempleoPackage.LOCAL_PLAN__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends LocalPlanStep>)newValue);
				return;
			case SiempleoPackage.LOCAL_PLAN__SUPPORTING_ACTIONS:
				getSupportingActions().clear();
				getSupportingActions().addAll((Collection<? extends Action>)newValue);
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
			case SiempleoPackage.LOCAL_PLAN__PERIOD_START:
				setPeriodStart(PERIOD_START_EDEFAULT);
				return;
			case SiempleoPackage.LOCAL_PLAN__PERIOD_END:
				setPeriodEnd(PERIOD_END_EDEFAULT);
				return;
			case SiempleoPackage.LOCAL_PLAN__STEPS:
				getSteps().clear();
				return;
			case SiempleoPackage.LOCAL_PLAN__SUPPORTING_ACTIONS:
				getSupportingActions().clear();
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
			case SiempleoPackage.LOCAL_PLAN__PERIOD_START:
				return PERIOD_START_EDEFAULT == null ? periodStart != null : !PERIOD_START_EDEFAULT.equals(periodStart);
			case SiempleoPackage.LOCAL_PLAN__PERIOD_END:
				return PERIOD_END_EDEFAULT == null ? periodEnd != null : !PERIOD_END_EDEFAULT.equals(periodEnd);
			case SiempleoPackage.LOCAL_PLAN__STEPS:
				return steps != null && !steps.isEmpty();
			case SiempleoPackage.LOCAL_PLAN__SUPPORTING_ACTIONS:
				return supportingActions != null && !supportingActions.isEmpty();
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
		result.append(" (periodStart: ");
		result.append(periodStart);
		result.append(", periodEnd: ");
		result.append(periodEnd);
		result.append(')');
		return result.toString();
	}

} //LocalPlanImpl
