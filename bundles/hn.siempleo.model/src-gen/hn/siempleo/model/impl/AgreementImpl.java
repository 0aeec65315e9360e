/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Agreement;
import hn.siempleo.model.Commitment;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.ReferralRecord;
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
 * An implementation of the model object '<em><b>Agreement</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getParties <em>Parties</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getSignatureDate <em>Signature Date</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getValidUntil <em>Valid Until</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getIntegratedOffices <em>Integrated Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getCommitments <em>Commitments</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getProtocolSteps <em>Protocol Steps</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AgreementImpl#getReferrals <em>Referrals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AgreementImpl extends CodedImpl implements Agreement {
	/**
	 * The cached value of the '{@link #getParties() <em>Parties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParties()
	 * @generated
	 * @ordered
	 */
	protected EList<Institution> parties;

	/**
	 * The default value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SIGNATURE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignatureDate() <em>Signature Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate signatureDate = SIGNATURE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate VALID_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidUntil() <em>Valid Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate validUntil = VALID_UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIntegratedOffices() <em>Integrated Offices</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIntegratedOffices()
	 * @generated
	 * @ordered
	 */
	protected EList<Office> integratedOffices;

	/**
	 * The cached value of the '{@link #getCommitments() <em>Commitments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCommitments()
	 * @generated
	 * @ordered
	 */
	protected EList<Commitment> commitments;

	/**
	 * The cached value of the '{@link #getProtocolSteps() <em>Protocol Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProtocolSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolStep> protocolSteps;

	/**
	 * The cached value of the '{@link #getReferrals() <em>Referrals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrals()
	 * @generated
	 * @ordered
	 */
	protected EList<ReferralRecord> referrals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AgreementImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.AGREEMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Institution> getParties() {
		if (parties == null) {
			parties = new EObjectResolvingEList<Institution>(Institution.class, this, SiempleoPackage.AGREEMENT__PARTIES);
		}
		return parties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSignatureDate() {
		return signatureDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureDate(LocalDate newSignatureDate) {
		LocalDate oldSignatureDate = signatureDate;
		signatureDate = newSignatureDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.AGREEMENT__SIGNATURE_DATE, oldSignatureDate, signatureDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(LocalDate newValidFrom) {
		LocalDate oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.AGREEMENT__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getValidUntil() {
		return validUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidUntil(LocalDate newValidUntil) {
		LocalDate oldValidUntil = validUntil;
		validUntil = newValidUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.AGREEMENT__VALID_UNTIL, oldValidUntil, validUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Office> getIntegratedOffices() {
		if (integratedOffices == null) {
			integratedOffices = new EObjectResolvingEList<Office>(Office.class, this, SiempleoPackage.AGREEMENT__INTEGRATED_OFFICES);
		}
		return integratedOffices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Commitment> getCommitments() {
		if (commitments == null) {
			commitments = new EObjectContainmentEList<Commitment>(Commitment.class, this, SiempleoPackage.AGREEMENT__COMMITMENTS);
		}
		return commitments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolStep> getProtocolSteps() {
		if (protocolSteps == null) {
			protocolSteps = new EObjectContainmentEList<ProtocolStep>(ProtocolStep.class, this, SiempleoPackage.AGREEMENT__PROTOCOL_STEPS);
		}
		return protocolSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReferralRecord> getReferrals() {
		if (referrals == null) {
			referrals = new EObjectContainmentEList<ReferralRecord>(ReferralRecord.class, this, SiempleoPackage.AGREEMENT__REFERRALS);
		}
		return referrals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.AGREEMENT__COMMITMENTS:
				return ((InternalEList<?>)getCommitments()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.AGREEMENT__PROTOCOL_STEPS:
				return ((InternalEList<?>)getProtocolSteps()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.AGREEMENT__REFERRALS:
				return ((InternalEList<?>)getReferrals()).basicRemove(otherEnd, msgs);
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
			case SiempleoPackage.AGREEMENT__PARTIES:
				return getParties();
			case SiempleoPackage.AGREEMENT__SIGNATURE_DATE:
				return getSignatureDate();
			case SiempleoPackage.AGREEMENT__VALID_FROM:
				return getValidFrom();
			case SiempleoPackage.AGREEMENT__VALID_UNTIL:
				return getValidUntil();
			case SiempleoPackage.AGREEMENT__INTEGRATED_OFFICES:
				return getIntegratedOffices();
			case SiempleoPackage.AGREEMENT__COMMITMENTS:
				return getCommitments();
			case SiempleoPackage.AGREEMENT__PROTOCOL_STEPS:
				return getProtocolSteps();
			case SiempleoPackage.AGREEMENT__REFERRALS:
				return getReferrals();
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
			case SiempleoPackage.AGREEMENT__PARTIES:
				getParties().clear();
				getParties().addAll((Collection<? extends Institution>)newValue);
				return;
			case SiempleoPackage.AGREEMENT__SIGNATURE_DATE:
				setSignatureDate((LocalDate)newValue);
				return;
			case SiempleoPackage.AGREEMENT__VALID_FROM:
				setValidFrom((LocalDate)newValue);
				return;
			case SiempleoPackage.AGREEMENT__VALID_UNTIL:
				setValidUntil((LocalDate)newValue);
				return;
			case SiempleoPackage.AGREEMENT__INTEGRATED_OFFICES:
				getIntegratedOffices().clear();
				getIntegratedOffices().addAll((Collection<? extends Office>)newValue);
				return;
			case SiempleoPackage.AGREEMENT__COMMITMENTS:
				getCommitments().clear();
				getCommitments().addAll((Collection<? extends Commitment>)newValue);
				return;
			case SiempleoPackage.AGREEMENT__PROTOCOL_STEPS:
				getProtocolSteps().clear();
				getProtocolSteps().addAll((Collection<? extends ProtocolStep>)newValue);
				return;
			case SiempleoPackage.AGREEMENT__REFERRALS:
				getReferrals().clear();
				getReferrals().addAll((Collection<? extends ReferralRecord>)newValue);
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
			case SiempleoPackage.AGREEMENT__PARTIES:
				getParties().clear();
				return;
			case SiempleoPackage.AGREEMENT__SIGNATURE_DATE:
				setSignatureDate(SIGNATURE_DATE_EDEFAULT);
				return;
			case SiempleoPackage.AGREEMENT__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case SiempleoPackage.AGREEMENT__VALID_UNTIL:
				setValidUntil(VALID_UNTIL_EDEFAULT);
				return;
			case SiempleoPackage.AGREEMENT__INTEGRATED_OFFICES:
				getIntegratedOffices().clear();
				return;
			case SiempleoPackage.AGREEMENT__COMMITMENTS:
				getCommitments().clear();
				return;
			case SiempleoPackage.AGREEMENT__PROTOCOL_STEPS:
				getProtocolSteps().clear();
				return;
			case SiempleoPackage.AGREEMENT__REFERRALS:
				getReferrals().clear();
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
			case SiempleoPackage.AGREEMENT__PARTIES:
				return parties != null && !parties.isEmpty();
			case SiempleoPackage.AGREEMENT__SIGNATURE_DATE:
				return SIGNATURE_DATE_EDEFAULT == null ? signatureDate != null : !SIGNATURE_DATE_EDEFAULT.equals(signatureDate);
			case SiempleoPackage.AGREEMENT__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case SiempleoPackage.AGREEMENT__VALID_UNTIL:
				return VALID_UNTIL_EDEFAULT == null ? validUntil != null : !VALID_UNTIL_EDEFAULT.equals(validUntil);
			case SiempleoPackage.AGREEMENT__INTEGRATED_OFFICES:
				return integratedOffices != null && !integratedOffices.isEmpty();
			case SiempleoPackage.AGREEMENT__COMMITMENTS:
				return commitments != null && !commitments.isEmpty();
			case SiempleoPackage.AGREEMENT__PROTOCOL_STEPS:
				return protocolSteps != null && !protocolSteps.isEmpty();
			case SiempleoPackage.AGREEMENT__REFERRALS:
				return referrals != null && !referrals.isEmpty();
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
		result.append(" (signatureDate: ");
		result.append(signatureDate);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validUntil: ");
		result.append(validUntil);
		result.append(')');
		return result.toString();
	}

} //AgreementImpl
