/**
 * Generated from senprende.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.institution.senprende.impl;

import hn.siempleo.institution.senprende.Programme;
import hn.siempleo.institution.senprende.ProgrammeCatalogue;
import hn.siempleo.institution.senprende.ProgrammeReferral;
import hn.siempleo.institution.senprende.SenprendePackage;

import hn.siempleo.model.impl.IdentifiedImpl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Programme Catalogue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeCatalogueImpl#getProgrammes <em>Programmes</em>}</li>
 *   <li>{@link hn.siempleo.institution.senprende.impl.ProgrammeCatalogueImpl#getReferrals <em>Referrals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ProgrammeCatalogueImpl extends IdentifiedImpl implements ProgrammeCatalogue {
	/**
	 * The cached value of the '{@link #getProgrammes() <em>Programmes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgrammes()
	 * @generated
	 * @ordered
	 */
	protected EList<Programme> programmes;

	/**
	 * The cached value of the '{@link #getReferrals() <em>Referrals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferrals()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgrammeReferral> referrals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ProgrammeCatalogueImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SenprendePackage.Literals.PROGRAMME_CATALOGUE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Programme> getProgrammes() {
		if (programmes == null) {
			programmes = new EObjectContainmentEList<Programme>(Programme.class, this, SenprendePackage.PROGRAMME_CATALOGUE__PROGRAMMES);
		}
		return programmes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgrammeReferral> getReferrals() {
		if (referrals == null) {
			referrals = new EObjectContainmentEList<ProgrammeReferral>(ProgrammeReferral.class, this, SenprendePackage.PROGRAMME_CATALOGUE__REFERRALS);
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
			case SenprendePackage.PROGRAMME_CATALOGUE__PROGRAMMES:
				return ((InternalEList<?>)getProgrammes()).basicRemove(otherEnd, msgs);
			case SenprendePackage.PROGRAMME_CATALOGUE__REFERRALS:
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
			case SenprendePackage.PROGRAMME_CATALOGUE__PROGRAMMES:
				return getProgrammes();
			case SenprendePackage.PROGRAMME_CATALOGUE__REFERRALS:
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
			case SenprendePackage.PROGRAMME_CATALOGUE__PROGRAMMES:
				getProgrammes().clear();
				getProgrammes().addAll((Collection<? extends Programme>)newValue);
				return;
			case SenprendePackage.PROGRAMME_CATALOGUE__REFERRALS:
				getReferrals().clear();
				getReferrals().addAll((Collection<? extends ProgrammeReferral>)newValue);
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
			case SenprendePackage.PROGRAMME_CATALOGUE__PROGRAMMES:
				getProgrammes().clear();
				return;
			case SenprendePackage.PROGRAMME_CATALOGUE__REFERRALS:
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
			case SenprendePackage.PROGRAMME_CATALOGUE__PROGRAMMES:
				return programmes != null && !programmes.isEmpty();
			case SenprendePackage.PROGRAMME_CATALOGUE__REFERRALS:
				return referrals != null && !referrals.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ProgrammeCatalogueImpl
