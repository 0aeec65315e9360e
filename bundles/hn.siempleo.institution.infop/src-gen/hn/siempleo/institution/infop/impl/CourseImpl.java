/**
 * Generated from infop.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.infop.impl;

import hn.siempleo.institution.infop.Course;
import hn.siempleo.institution.infop.InfopPackage;
import hn.siempleo.institution.infop.Modality;

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
 * An implementation of the model object '<em><b>Course</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.infop.impl.CourseImpl#getSector <em>Sector</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.impl.CourseImpl#getDurationHours <em>Duration Hours</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.impl.CourseImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.impl.CourseImpl#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.institution.infop.impl.CourseImpl#getSeats <em>Seats</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseImpl extends CodedImpl implements Course {
	/**
	 * The default value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected static final String SECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSector() <em>Sector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSector()
	 * @generated
	 * @ordered
	 */
	protected String sector = SECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDurationHours() <em>Duration Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationHours()
	 * @generated
	 * @ordered
	 */
	protected static final int DURATION_HOURS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDurationHours() <em>Duration Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDurationHours()
	 * @generated
	 * @ordered
	 */
	protected int durationHours = DURATION_HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final Modality MODALITY_EDEFAULT = Modality.PRESENCIAL;

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected Modality modality = MODALITY_EDEFAULT;

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
	 * The default value of the '{@link #getSeats() <em>Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeats()
	 * @generated
	 * @ordered
	 */
	protected static final int SEATS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSeats() <em>Seats</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeats()
	 * @generated
	 * @ordered
	 */
	protected int seats = SEATS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InfopPackage.Literals.COURSE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSector() {
		return sector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSector(String newSector) {
		String oldSector = sector;
		sector = newSector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InfopPackage.COURSE__SECTOR, oldSector, sector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDurationHours() {
		return durationHours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDurationHours(int newDurationHours) {
		int oldDurationHours = durationHours;
		durationHours = newDurationHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InfopPackage.COURSE__DURATION_HOURS, oldDurationHours, durationHours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Modality getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(Modality newModality) {
		Modality oldModality = modality;
		modality = newModality == null ? MODALITY_EDEFAULT : newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InfopPackage.COURSE__MODALITY, oldModality, modality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Office> getOffices() {
		if (offices == null) {
			offices = new EObjectResolvingEList<Office>(Office.class, this, InfopPackage.COURSE__OFFICES);
		}
		return offices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSeats() {
		return seats;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeats(int newSeats) {
		int oldSeats = seats;
		seats = newSeats;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InfopPackage.COURSE__SEATS, oldSeats, seats));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InfopPackage.COURSE__SECTOR:
				return getSector();
			case InfopPackage.COURSE__DURATION_HOURS:
				return getDurationHours();
			case InfopPackage.COURSE__MODALITY:
				return getModality();
			case InfopPackage.COURSE__OFFICES:
				return getOffices();
			case InfopPackage.COURSE__SEATS:
				return getSeats();
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
			case InfopPackage.COURSE__SECTOR:
				setSector((String)newValue);
				return;
			case InfopPackage.COURSE__DURATION_HOURS:
				setDurationHours((Integer)newValue);
				return;
			case InfopPackage.COURSE__MODALITY:
				setModality((Modality)newValue);
				return;
			case InfopPackage.COURSE__OFFICES:
				getOffices().clear();
				getOffices().addAll((Collection<? extends Office>)newValue);
				return;
			case InfopPackage.COURSE__SEATS:
				setSeats((Integer)newValue);
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
			case InfopPackage.COURSE__SECTOR:
				setSector(SECTOR_EDEFAULT);
				return;
			case InfopPackage.COURSE__DURATION_HOURS:
				setDurationHours(DURATION_HOURS_EDEFAULT);
				return;
			case InfopPackage.COURSE__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case InfopPackage.COURSE__OFFICES:
				getOffices().clear();
				return;
			case InfopPackage.COURSE__SEATS:
				setSeats(SEATS_EDEFAULT);
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
			case InfopPackage.COURSE__SECTOR:
				return SECTOR_EDEFAULT == null ? sector != null : !SECTOR_EDEFAULT.equals(sector);
			case InfopPackage.COURSE__DURATION_HOURS:
				return durationHours != DURATION_HOURS_EDEFAULT;
			case InfopPackage.COURSE__MODALITY:
				return modality != MODALITY_EDEFAULT;
			case InfopPackage.COURSE__OFFICES:
				return offices != null && !offices.isEmpty();
			case InfopPackage.COURSE__SEATS:
				return seats != SEATS_EDEFAULT;
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
		result.append(" (sector: ");
		result.append(sector);
		result.append(", durationHours: ");
		result.append(durationHours);
		result.append(", modality: ");
		result.append(modality);
		result.append(", seats: ");
		result.append(seats);
		result.append(')');
		return result.toString();
	}

} //CourseImpl
