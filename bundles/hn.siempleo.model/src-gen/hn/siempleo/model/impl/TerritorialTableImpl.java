/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Department;
import hn.siempleo.model.LocalPlan;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.TableMember;
import hn.siempleo.model.TerritorialTable;

import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Territorial Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.TerritorialTableImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.TerritorialTableImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.TerritorialTableImpl#getInstalledOn <em>Installed On</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.TerritorialTableImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.TerritorialTableImpl#getLocalPlans <em>Local Plans</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TerritorialTableImpl extends CodedImpl implements TerritorialTable {
	/**
	 * The default value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final Department DEPARTMENT_EDEFAULT = Department.ATLANTIDA;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department = DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getMunicipality() <em>Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipality()
	 * @generated
	 * @ordered
	 */
	protected static final String MUNICIPALITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMunicipality() <em>Municipality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipality()
	 * @generated
	 * @ordered
	 */
	protected String municipality = MUNICIPALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInstalledOn() <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate INSTALLED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInstalledOn() <em>Installed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstalledOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate installedOn = INSTALLED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<TableMember> members;

	/**
	 * The cached value of the '{@link #getLocalPlans() <em>Local Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalPlan> localPlans;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TerritorialTableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.TERRITORIAL_TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepartment(Department newDepartment) {
		Department oldDepartment = department;
		department = newDepartment == null ? DEPARTMENT_EDEFAULT : newDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.TERRITORIAL_TABLE__DEPARTMENT, oldDepartment, department));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMunicipality() {
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipality(String newMunicipality) {
		String oldMunicipality = municipality;
		municipality = newMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.TERRITORIAL_TABLE__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getInstalledOn() {
		return installedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInstalledOn(LocalDate newInstalledOn) {
		LocalDate oldInstalledOn = installedOn;
		installedOn = newInstalledOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.TERRITORIAL_TABLE__INSTALLED_ON, oldInstalledOn, installedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TableMember> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<TableMember>(TableMember.class, this, SiempleoPackage.TERRITORIAL_TABLE__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalPlan> getLocalPlans() {
		if (localPlans == null) {
			localPlans = new EObjectContainmentEList<LocalPlan>(LocalPlan.class, this, SiempleoPackage.TERRITORIAL_TABLE__LOCAL_PLANS);
		}
		return localPlans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.TERRITORIAL_TABLE__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.TERRITORIAL_TABLE__LOCAL_PLANS:
				return ((InternalEList<?>)getLocalPlans()).basicRemove(otherEnd, msgs);
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
			case SiempleoPackage.TERRITORIAL_TABLE__DEPARTMENT:
				return getDepartment();
			case SiempleoPackage.TERRITORIAL_TABLE__MUNICIPALITY:
				return getMunicipality();
			case SiempleoPackage.TERRITORIAL_TABLE__INSTALLED_ON:
				return getInstalledOn();
			case SiempleoPackage.TERRITORIAL_TABLE__MEMBERS:
				return getMembers();
			case SiempleoPackage.TERRITORIAL_TABLE__LOCAL_PLANS:
				return getLocalPlans();
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
			case SiempleoPackage.TERRITORIAL_TABLE__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__MUNICIPALITY:
				setMunicipality((String)newValue);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__INSTALLED_ON:
				setInstalledOn((LocalDate)newValue);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends TableMember>)newValue);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__LOCAL_PLANS:
				getLocalPlans().clear();
				getLocalPlans().addAll((Collection<? extends LocalPlan>)newValue);
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
			case SiempleoPackage.TERRITORIAL_TABLE__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__MUNICIPALITY:
				setMunicipality(MUNICIPALITY_EDEFAULT);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__INSTALLED_ON:
				setInstalledOn(INSTALLED_ON_EDEFAULT);
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__MEMBERS:
				getMembers().clear();
				return;
			case SiempleoPackage.TERRITORIAL_TABLE__LOCAL_PLANS:
				getLocalPlans().clear();
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
			case SiempleoPackage.TERRITORIAL_TABLE__DEPARTMENT:
				return department != DEPARTMENT_EDEFAULT;
			case SiempleoPackage.TERRITORIAL_TABLE__MUNICIPALITY:
				return MUNICIPALITY_EDEFAULT == null ? municipality != null : !MUNICIPALITY_EDEFAULT.equals(municipality);
			case SiempleoPackage.TERRITORIAL_TABLE__INSTALLED_ON:
				return INSTALLED_ON_EDEFAULT == null ? installedOn != null : !INSTALLED_ON_EDEFAULT.equals(installedOn);
			case SiempleoPackage.TERRITORIAL_TABLE__MEMBERS:
				return members != null && !members.isEmpty();
			case SiempleoPackage.TERRITORIAL_TABLE__LOCAL_PLANS:
				return localPlans != null && !localPlans.isEmpty();
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
		result.append(" (department: ");
		result.append(department);
		result.append(", municipality: ");
		result.append(municipality);
		result.append(", installedOn: ");
		result.append(installedOn);
		result.append(')');
		return result.toString();
	}

} //TerritorialTableImpl
