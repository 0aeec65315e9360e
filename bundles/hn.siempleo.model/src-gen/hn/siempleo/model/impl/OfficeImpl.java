/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Department;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.OfficeModel;
import hn.siempleo.model.Service;
import hn.siempleo.model.SiempleoPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Office</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#getModel <em>Model</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#getServices <em>Services</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#getPartners <em>Partners</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#getStaff <em>Staff</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.OfficeImpl#isOpen <em>Open</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OfficeImpl extends CodedImpl implements Office {
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
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final OfficeModel MODEL_EDEFAULT = OfficeModel.TRADITIONAL;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected OfficeModel model = MODEL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getPartners() <em>Partners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPartners()
	 * @generated
	 * @ordered
	 */
	protected EList<Institution> partners;

	/**
	 * The default value of the '{@link #getStaff() <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected static final int STAFF_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStaff() <em>Staff</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStaff()
	 * @generated
	 * @ordered
	 */
	protected int staff = STAFF_EDEFAULT;

	/**
	 * The default value of the '{@link #isOpen() <em>Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOpen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OPEN_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isOpen() <em>Open</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOpen()
	 * @generated
	 * @ordered
	 */
	protected boolean open = OPEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OfficeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.OFFICE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.OFFICE__DEPARTMENT, oldDepartment, department));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.OFFICE__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OfficeModel getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(OfficeModel newModel) {
		OfficeModel oldModel = model;
		model = newModel == null ? MODEL_EDEFAULT : newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.OFFICE__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectResolvingEList<Service>(Service.class, this, SiempleoPackage.OFFICE__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Institution> getPartners() {
		if (partners == null) {
			partners = new EObjectResolvingEList<Institution>(Institution.class, this, SiempleoPackage.OFFICE__PARTNERS);
		}
		return partners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStaff() {
		return staff;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStaff(int newStaff) {
		int oldStaff = staff;
		staff = newStaff;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.OFFICE__STAFF, oldStaff, staff));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOpen() {
		return open;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpen(boolean newOpen) {
		boolean oldOpen = open;
		open = newOpen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.OFFICE__OPEN, oldOpen, open));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SiempleoPackage.OFFICE__DEPARTMENT:
				return getDepartment();
			case SiempleoPackage.OFFICE__MUNICIPALITY:
				return getMunicipality();
			case SiempleoPackage.OFFICE__MODEL:
				return getModel();
			case SiempleoPackage.OFFICE__SERVICES:
				return getServices();
			case SiempleoPackage.OFFICE__PARTNERS:
				return getPartners();
			case SiempleoPackage.OFFICE__STAFF:
				return getStaff();
			case SiempleoPackage.OFFICE__OPEN:
				return isOpen();
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
			case SiempleoPackage.OFFICE__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case SiempleoPackage.OFFICE__MUNICIPALITY:
				setMunicipality((String)newValue);
				return;
			case SiempleoPackage.OFFICE__MODEL:
				setModel((OfficeModel)newValue);
				return;
			case SiempleoPackage.OFFICE__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case SiempleoPackage.OFFICE__PARTNERS:
				getPartners().clear();
				getPartners().addAll((Collection<? extends Institution>)newValue);
				return;
			case SiempleoPackage.OFFICE__STAFF:
				setStaff((Integer)newValue);
				return;
			case SiempleoPackage.OFFICE__OPEN:
				setOpen((Boolean)newValue);
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
			case SiempleoPackage.OFFICE__DEPARTMENT:
				setDepartment(DEPARTMENT_EDEFAULT);
				return;
			case SiempleoPackage.OFFICE__MUNICIPALITY:
				setMunicipality(MUNICIPALITY_EDEFAULT);
				return;
			case SiempleoPackage.OFFICE__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case SiempleoPackage.OFFICE__SERVICES:
				getServices().clear();
				return;
			case SiempleoPackage.OFFICE__PARTNERS:
				getPartners().clear();
				return;
			case SiempleoPackage.OFFICE__STAFF:
				setStaff(STAFF_EDEFAULT);
				return;
			case SiempleoPackage.OFFICE__OPEN:
				setOpen(OPEN_EDEFAULT);
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
			case SiempleoPackage.OFFICE__DEPARTMENT:
				return department != DEPARTMENT_EDEFAULT;
			case SiempleoPackage.OFFICE__MUNICIPALITY:
				return MUNICIPALITY_EDEFAULT == null ? municipality != null : !MUNICIPALITY_EDEFAULT.equals(municipality);
			case SiempleoPackage.OFFICE__MODEL:
				return model != MODEL_EDEFAULT;
			case SiempleoPackage.OFFICE__SERVICES:
				return services != null && !services.isEmpty();
			case SiempleoPackage.OFFICE__PARTNERS:
				return partners != null && !partners.isEmpty();
			case SiempleoPackage.OFFICE__STAFF:
				return staff != STAFF_EDEFAULT;
			case SiempleoPackage.OFFICE__OPEN:
				return open != OPEN_EDEFAULT;
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
		result.append(", model: ");
		result.append(model);
		result.append(", staff: ");
		result.append(staff);
		result.append(", open: ");
		result.append(open);
		result.append(')');
		return result.toString();
	}

} //OfficeImpl
