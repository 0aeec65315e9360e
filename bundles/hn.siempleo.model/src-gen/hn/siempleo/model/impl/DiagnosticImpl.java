/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.DiagnosticScope;
import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoPackage;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagnostic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getDate <em>Date</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getOffice <em>Office</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getAssessors <em>Assessors</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#isFollowUp <em>Follow Up</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getBaseline <em>Baseline</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.DiagnosticImpl#getOfficeScans <em>Office Scans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagnosticImpl extends CodedImpl implements Diagnostic {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final DiagnosticScope SCOPE_EDEFAULT = DiagnosticScope.NATIONAL;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected DiagnosticScope scope = SCOPE_EDEFAULT;

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
	 * The cached value of the '{@link #getAssessors() <em>Assessors</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessors()
	 * @generated
	 * @ordered
	 */
	protected EList<String> assessors;

	/**
	 * The cached value of the '{@link #getAssessments() <em>Assessments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAssessments()
	 * @generated
	 * @ordered
	 */
	protected EList<Assessment> assessments;

	/**
	 * The default value of the '{@link #isFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFollowUp()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOLLOW_UP_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFollowUp() <em>Follow Up</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFollowUp()
	 * @generated
	 * @ordered
	 */
	protected boolean followUp = FOLLOW_UP_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBaseline() <em>Baseline</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseline()
	 * @generated
	 * @ordered
	 */
	protected Diagnostic baseline;

	/**
	 * The cached value of the '{@link #getOfficeScans() <em>Office Scans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficeScans()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagnostic> officeScans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagnosticImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.DIAGNOSTIC;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.DIAGNOSTIC__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagnosticScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(DiagnosticScope newScope) {
		DiagnosticScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.DIAGNOSTIC__SCOPE, oldScope, scope));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.DIAGNOSTIC__OFFICE, oldOffice, office));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.DIAGNOSTIC__OFFICE, oldOffice, office));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAssessors() {
		if (assessors == null) {
			assessors = new EDataTypeUniqueEList<String>(String.class, this, SiempleoPackage.DIAGNOSTIC__ASSESSORS);
		}
		return assessors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Assessment> getAssessments() {
		if (assessments == null) {
			assessments = new EObjectContainmentEList<Assessment>(Assessment.class, this, SiempleoPackage.DIAGNOSTIC__ASSESSMENTS);
		}
		return assessments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFollowUp() {
		return followUp;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUp(boolean newFollowUp) {
		boolean oldFollowUp = followUp;
		followUp = newFollowUp;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.DIAGNOSTIC__FOLLOW_UP, oldFollowUp, followUp));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagnostic getBaseline() {
		if (baseline != null && baseline.eIsProxy()) {
			InternalEObject oldBaseline = (InternalEObject)baseline;
			baseline = (Diagnostic)eResolveProxy(oldBaseline);
			if (baseline != oldBaseline) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.DIAGNOSTIC__BASELINE, oldBaseline, baseline));
			}
		}
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Diagnostic basicGetBaseline() {
		return baseline;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseline(Diagnostic newBaseline) {
		Diagnostic oldBaseline = baseline;
		baseline = newBaseline;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.DIAGNOSTIC__BASELINE, oldBaseline, baseline));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagnostic> getOfficeScans() {
		if (officeScans == null) {
			officeScans = new EObjectContainmentEList<Diagnostic>(Diagnostic.class, this, SiempleoPackage.DIAGNOSTIC__OFFICE_SCANS);
		}
		return officeScans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.DIAGNOSTIC__ASSESSMENTS:
				return ((InternalEList<?>)getAssessments()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.DIAGNOSTIC__OFFICE_SCANS:
				return ((InternalEList<?>)getOfficeScans()).basicRemove(otherEnd, msgs);
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
			case SiempleoPackage.DIAGNOSTIC__DATE:
				return getDate();
			case SiempleoPackage.DIAGNOSTIC__SCOPE:
				return getScope();
			case SiempleoPackage.DIAGNOSTIC__OFFICE:
				if (resolve) return getOffice();
				return basicGetOffice();
			case SiempleoPackage.DIAGNOSTIC__ASSESSORS:
				return getAssessors();
			case SiempleoPackage.DIAGNOSTIC__ASSESSMENTS:
				return getAssessments();
			case SiempleoPackage.DIAGNOSTIC__FOLLOW_UP:
				return isFollowUp();
			case SiempleoPackage.DIAGNOSTIC__BASELINE:
				if (resolve) return getBaseline();
				return basicGetBaseline();
			case SiempleoPackage.DIAGNOSTIC__OFFICE_SCANS:
				return getOfficeScans();
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
			case SiempleoPackage.DIAGNOSTIC__DATE:
				setDate((LocalDate)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__SCOPE:
				setScope((DiagnosticScope)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__OFFICE:
				setOffice((Office)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__ASSESSORS:
				getAssessors().clear();
				getAssessors().addAll((Collection<? extends String>)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__ASSESSMENTS:
				getAssessments().clear();
				getAssessments().addAll((Collection<? extends Assessment>)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__FOLLOW_UP:
				setFollowUp((Boolean)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__BASELINE:
				setBaseline((Diagnostic)newValue);
				return;
			case SiempleoPackage.DIAGNOSTIC__OFFICE_SCANS:
				getOfficeScans().clear();
				getOfficeScans().addAll((Collection<? extends Diagnostic>)newValue);
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
			case SiempleoPackage.DIAGNOSTIC__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case SiempleoPackage.DIAGNOSTIC__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case SiempleoPackage.DIAGNOSTIC__OFFICE:
				setOffice((Office)null);
				return;
			case SiempleoPackage.DIAGNOSTIC__ASSESSORS:
				getAssessors().clear();
				return;
			case SiempleoPackage.DIAGNOSTIC__ASSESSMENTS:
				getAssessments().clear();
				return;
			case SiempleoPackage.DIAGNOSTIC__FOLLOW_UP:
				setFollowUp(FOLLOW_UP_EDEFAULT);
				return;
			case SiempleoPackage.DIAGNOSTIC__BASELINE:
				setBaseline((Diagnostic)null);
				return;
			case SiempleoPackage.DIAGNOSTIC__OFFICE_SCANS:
				getOfficeScans().clear();
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
			case SiempleoPackage.DIAGNOSTIC__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case SiempleoPackage.DIAGNOSTIC__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case SiempleoPackage.DIAGNOSTIC__OFFICE:
				return office != null;
			case SiempleoPackage.DIAGNOSTIC__ASSESSORS:
				return assessors != null && !assessors.isEmpty();
			case SiempleoPackage.DIAGNOSTIC__ASSESSMENTS:
				return assessments != null && !assessments.isEmpty();
			case SiempleoPackage.DIAGNOSTIC__FOLLOW_UP:
				return followUp != FOLLOW_UP_EDEFAULT;
			case SiempleoPackage.DIAGNOSTIC__BASELINE:
				return baseline != null;
			case SiempleoPackage.DIAGNOSTIC__OFFICE_SCANS:
				return officeScans != null && !officeScans.isEmpty();
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
		result.append(" (date: ");
		result.append(date);
		result.append(", scope: ");
		result.append(scope);
		result.append(", assessors: ");
		result.append(assessors);
		result.append(", followUp: ");
		result.append(followUp);
		result.append(')');
		return result.toString();
	}

} //DiagnosticImpl
