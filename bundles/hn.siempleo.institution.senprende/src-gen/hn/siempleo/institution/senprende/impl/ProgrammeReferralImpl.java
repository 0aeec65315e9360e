/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende.impl;

import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeReferral;
import hn.siempleo.institution.senprende.SenprendePackage;

import hn.siempleo.model.Office;

import hn.siempleo.model.impl.IdentifiedImpl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme Referral</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl#getOffice <em>Office</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl#getPeriod <em>Period</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl#getProgramme <em>Programme</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl#getReferred <em>Referred</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeReferralImpl#getStarted <em>Started</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeReferralImpl extends IdentifiedImpl implements ProgrammeReferral {
	/**
	 * The cached value of the '{@link #getOffice() <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffice()
	 * @generated
	 * @ordered
	 */
	protected Office office;

	/**
	 * The default value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected static final String PERIOD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPeriod() <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeriod()
	 * @generated
	 * @ordered
	 */
	protected String period = PERIOD_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProgramme() <em>Programme</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgramme()
	 * @generated
	 * @ordered
	 */
	protected Programme programme;

	/**
	 * The default value of the '{@link #getReferred() <em>Referred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferred()
	 * @generated
	 * @ordered
	 */
	protected static final int REFERRED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getReferred() <em>Referred</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferred()
	 * @generated
	 * @ordered
	 */
	protected int referred = REFERRED_EDEFAULT;

	/**
	 * The default value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected static final int STARTED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStarted() <em>Started</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStarted()
	 * @generated
	 * @ordered
	 */
	protected int started = STARTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeReferralImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SenprendePackage.Literals.PROGRAMME_REFERRAL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Office getOffice() {
		if (office != null && office.eIsProxy()) {
			InternalEObject oldOffice = (InternalEObject)office;
			office = (Office)eResolveProxy(oldOffice);
			if (office != oldOffice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SenprendePackage.PROGRAMME_REFERRAL__OFFICE, oldOffice, office));
			}
		}
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Office basicGetOffice() {
		return office;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOffice(Office newOffice) {
		Office oldOffice = office;
		office = newOffice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SenprendePackage.PROGRAMME_REFERRAL__OFFICE, oldOffice, office));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPeriod() {
		return period;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPeriod(String newPeriod) {
		String oldPeriod = period;
		period = newPeriod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SenprendePackage.PROGRAMME_REFERRAL__PERIOD, oldPeriod, period));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Programme getProgramme() {
		if (programme != null && programme.eIsProxy()) {
			InternalEObject oldProgramme = (InternalEObject)programme;
			programme = (Programme)eResolveProxy(oldProgramme);
			if (programme != oldProgramme) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SenprendePackage.PROGRAMME_REFERRAL__PROGRAMME, oldProgramme, programme));
			}
		}
		return programme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Programme basicGetProgramme() {
		return programme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgramme(Programme newProgramme) {
		Programme oldProgramme = programme;
		programme = newProgramme;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SenprendePackage.PROGRAMME_REFERRAL__PROGRAMME, oldProgramme, programme));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getReferred() {
		return referred;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReferred(int newReferred) {
		int oldReferred = referred;
		referred = newReferred;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SenprendePackage.PROGRAMME_REFERRAL__REFERRED, oldReferred, referred));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStarted() {
		return started;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStarted(int newStarted) {
		int oldStarted = started;
		started = newStarted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SenprendePackage.PROGRAMME_REFERRAL__STARTED, oldStarted, started));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SenprendePackage.PROGRAMME_REFERRAL__OFFICE:
				if (resolve) return getOffice();
				return basicGetOffice();
			case SenprendePackage.PROGRAMME_REFERRAL__PERIOD:
				return getPeriod();
			case SenprendePackage.PROGRAMME_REFERRAL__PROGRAMME:
				if (resolve) return getProgramme();
				return basicGetProgramme();
			case SenprendePackage.PROGRAMME_REFERRAL__REFERRED:
				return getReferred();
			case SenprendePackage.PROGRAMME_REFERRAL__STARTED:
				return getStarted();
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
			case SenprendePackage.PROGRAMME_REFERRAL__OFFICE:
				setOffice((Office)newValue);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__PERIOD:
				setPeriod((String)newValue);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__PROGRAMME:
				setProgramme((Programme)newValue);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__REFERRED:
				setReferred((Integer)newValue);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__STARTED:
				setStarted((Integer)newValue);
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
			case SenprendePackage.PROGRAMME_REFERRAL__OFFICE:
				setOffice((Office)null);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__PERIOD:
				setPeriod(PERIOD_EDEFAULT);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__PROGRAMME:
				setProgramme((Programme)null);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__REFERRED:
				setReferred(REFERRED_EDEFAULT);
				return;
			case SenprendePackage.PROGRAMME_REFERRAL__STARTED:
				setStarted(STARTED_EDEFAULT);
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
			case SenprendePackage.PROGRAMME_REFERRAL__OFFICE:
				return office != null;
			case SenprendePackage.PROGRAMME_REFERRAL__PERIOD:
				return PERIOD_EDEFAULT == null ? period != null : !PERIOD_EDEFAULT.equals(period);
			case SenprendePackage.PROGRAMME_REFERRAL__PROGRAMME:
				return programme != null;
			case SenprendePackage.PROGRAMME_REFERRAL__REFERRED:
				return referred != REFERRED_EDEFAULT;
			case SenprendePackage.PROGRAMME_REFERRAL__STARTED:
				return started != STARTED_EDEFAULT;
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
		result.append(" (period: ");
		result.append(period);
		result.append(", referred: ");
		result.append(referred);
		result.append(", started: ");
		result.append(started);
		result.append(')');
		return result.toString();
	}

} //ProgrammeReferralImpl
