/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.Agreement;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Institution;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.ProtocolStep;
import hn.siempleo.model.Service;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.TerritorialTable;
import hn.siempleo.model.Workspace;

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
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getInstitutions <em>Institutions</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getServices <em>Services</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getAxes <em>Axes</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getDiagnostics <em>Diagnostics</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getPlans <em>Plans</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getAgreements <em>Agreements</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getTerritorialTables <em>Territorial Tables</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getLocalPlanProtocol <em>Local Plan Protocol</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.WorkspaceImpl#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkspaceImpl extends IdentifiedImpl implements Workspace {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstitutions() <em>Institutions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstitutions()
	 * @generated
	 * @ordered
	 */
	protected EList<Institution> institutions;

	/**
	 * The cached value of the '{@link #getOffices() <em>Offices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOffices()
	 * @generated
	 * @ordered
	 */
	protected EList<Office> offices;

	/**
	 * The cached value of the '{@link #getServices() <em>Services</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected EList<PolicyAxis> axes;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected EList<Dimension> dimensions;

	/**
	 * The cached value of the '{@link #getDiagnostics() <em>Diagnostics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiagnostics()
	 * @generated
	 * @ordered
	 */
	protected EList<Diagnostic> diagnostics;

	/**
	 * The cached value of the '{@link #getPlans() <em>Plans</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlans()
	 * @generated
	 * @ordered
	 */
	protected EList<ActionPlan> plans;

	/**
	 * The cached value of the '{@link #getAgreements() <em>Agreements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgreements()
	 * @generated
	 * @ordered
	 */
	protected EList<Agreement> agreements;

	/**
	 * The cached value of the '{@link #getTerritorialTables() <em>Territorial Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerritorialTables()
	 * @generated
	 * @ordered
	 */
	protected EList<TerritorialTable> territorialTables;

	/**
	 * The cached value of the '{@link #getLocalPlanProtocol() <em>Local Plan Protocol</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLocalPlanProtocol()
	 * @generated
	 * @ordered
	 */
	protected EList<ProtocolStep> localPlanProtocol;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.WORKSPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.WORKSPACE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Institution> getInstitutions() {
		if (institutions == null) {
			institutions = new EObjectContainmentEList<Institution>(Institution.class, this, SiempleoPackage.WORKSPACE__INSTITUTIONS);
		}
		return institutions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Office> getOffices() {
		if (offices == null) {
			offices = new EObjectContainmentEList<Office>(Office.class, this, SiempleoPackage.WORKSPACE__OFFICES);
		}
		return offices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Service> getServices() {
		if (services == null) {
			services = new EObjectContainmentEList<Service>(Service.class, this, SiempleoPackage.WORKSPACE__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PolicyAxis> getAxes() {
		if (axes == null) {
			axes = new EObjectContainmentEList<PolicyAxis>(PolicyAxis.class, this, SiempleoPackage.WORKSPACE__AXES);
		}
		return axes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Dimension> getDimensions() {
		if (dimensions == null) {
			dimensions = new EObjectContainmentEList<Dimension>(Dimension.class, this, SiempleoPackage.WORKSPACE__DIMENSIONS);
		}
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Diagnostic> getDiagnostics() {
		if (diagnostics == null) {
			diagnostics = new EObjectContainmentEList<Diagnostic>(Diagnostic.class, this, SiempleoPackage.WORKSPACE__DIAGNOSTICS);
		}
		return diagnostics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ActionPlan> getPlans() {
		if (plans == null) {
			plans = new EObjectContainmentEList<ActionPlan>(ActionPlan.class, this, SiempleoPackage.WORKSPACE__PLANS);
		}
		return plans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agreement> getAgreements() {
		if (agreements == null) {
			agreements = new EObjectContainmentEList<Agreement>(Agreement.class, this, SiempleoPackage.WORKSPACE__AGREEMENTS);
		}
		return agreements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TerritorialTable> getTerritorialTables() {
		if (territorialTables == null) {
			territorialTables = new EObjectContainmentEList<TerritorialTable>(TerritorialTable.class, this, SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES);
		}
		return territorialTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProtocolStep> getLocalPlanProtocol() {
		if (localPlanProtocol == null) {
			localPlanProtocol = new EObjectContainmentEList<ProtocolStep>(ProtocolStep.class, this, SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL);
		}
		return localPlanProtocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectContainmentEList<Indicator>(Indicator.class, this, SiempleoPackage.WORKSPACE__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.WORKSPACE__INSTITUTIONS:
				return ((InternalEList<?>)getInstitutions()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__OFFICES:
				return ((InternalEList<?>)getOffices()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__SERVICES:
				return ((InternalEList<?>)getServices()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__AXES:
				return ((InternalEList<?>)getAxes()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__DIMENSIONS:
				return ((InternalEList<?>)getDimensions()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__DIAGNOSTICS:
				return ((InternalEList<?>)getDiagnostics()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__PLANS:
				return ((InternalEList<?>)getPlans()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__AGREEMENTS:
				return ((InternalEList<?>)getAgreements()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES:
				return ((InternalEList<?>)getTerritorialTables()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL:
				return ((InternalEList<?>)getLocalPlanProtocol()).basicRemove(otherEnd, msgs);
			case SiempleoPackage.WORKSPACE__INDICATORS:
				return ((InternalEList<?>)getIndicators()).basicRemove(otherEnd, msgs);
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
			case SiempleoPackage.WORKSPACE__NAME:
				return getName();
			case SiempleoPackage.WORKSPACE__DESCRIPTION:
				return getDescription();
			case SiempleoPackage.WORKSPACE__INSTITUTIONS:
				return getInstitutions();
			case SiempleoPackage.WORKSPACE__OFFICES:
				return getOffices();
			case SiempleoPackage.WORKSPACE__SERVICES:
				return getServices();
			case SiempleoPackage.WORKSPACE__AXES:
				return getAxes();
			case SiempleoPackage.WORKSPACE__DIMENSIONS:
				return getDimensions();
			case SiempleoPackage.WORKSPACE__DIAGNOSTICS:
				return getDiagnostics();
			case SiempleoPackage.WORKSPACE__PLANS:
				return getPlans();
			case SiempleoPackage.WORKSPACE__AGREEMENTS:
				return getAgreements();
			case SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES:
				return getTerritorialTables();
			case SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL:
				return getLocalPlanProtocol();
			case SiempleoPackage.WORKSPACE__INDICATORS:
				return getIndicators();
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
			case SiempleoPackage.WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case SiempleoPackage.WORKSPACE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case SiempleoPackage.WORKSPACE__INSTITUTIONS:
				getInstitutions().clear();
				getInstitutions().addAll((Collection<? extends Institution>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__OFFICES:
				getOffices().clear();
				getOffices().addAll((Collection<? extends Office>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__AXES:
				getAxes().clear();
				getAxes().addAll((Collection<? extends PolicyAxis>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__DIMENSIONS:
				getDimensions().clear();
				getDimensions().addAll((Collection<? extends Dimension>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__DIAGNOSTICS:
				getDiagnostics().clear();
				getDiagnostics().addAll((Collection<? extends Diagnostic>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__PLANS:
				getPlans().clear();
				getPlans().addAll((Collection<? extends ActionPlan>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__AGREEMENTS:
				getAgreements().clear();
				getAgreements().addAll((Collection<? extends Agreement>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES:
				getTerritorialTables().clear();
				getTerritorialTables().addAll((Collection<? extends TerritorialTable>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL:
				getLocalPlanProtocol().clear();
				getLocalPlanProtocol().addAll((Collection<? extends ProtocolStep>)newValue);
				return;
			case SiempleoPackage.WORKSPACE__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
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
			case SiempleoPackage.WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case SiempleoPackage.WORKSPACE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case SiempleoPackage.WORKSPACE__INSTITUTIONS:
				getInstitutions().clear();
				return;
			case SiempleoPackage.WORKSPACE__OFFICES:
				getOffices().clear();
				return;
			case SiempleoPackage.WORKSPACE__SERVICES:
				getServices().clear();
				return;
			case SiempleoPackage.WORKSPACE__AXES:
				getAxes().clear();
				return;
			case SiempleoPackage.WORKSPACE__DIMENSIONS:
				getDimensions().clear();
				return;
			case SiempleoPackage.WORKSPACE__DIAGNOSTICS:
				getDiagnostics().clear();
				return;
			case SiempleoPackage.WORKSPACE__PLANS:
				getPlans().clear();
				return;
			case SiempleoPackage.WORKSPACE__AGREEMENTS:
				getAgreements().clear();
				return;
			case SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES:
				getTerritorialTables().clear();
				return;
			case SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL:
				getLocalPlanProtocol().clear();
				return;
			case SiempleoPackage.WORKSPACE__INDICATORS:
				getIndicators().clear();
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
			case SiempleoPackage.WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case SiempleoPackage.WORKSPACE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case SiempleoPackage.WORKSPACE__INSTITUTIONS:
				return institutions != null && !institutions.isEmpty();
			case SiempleoPackage.WORKSPACE__OFFICES:
				return offices != null && !offices.isEmpty();
			case SiempleoPackage.WORKSPACE__SERVICES:
				return services != null && !services.isEmpty();
			case SiempleoPackage.WORKSPACE__AXES:
				return axes != null && !axes.isEmpty();
			case SiempleoPackage.WORKSPACE__DIMENSIONS:
				return dimensions != null && !dimensions.isEmpty();
			case SiempleoPackage.WORKSPACE__DIAGNOSTICS:
				return diagnostics != null && !diagnostics.isEmpty();
			case SiempleoPackage.WORKSPACE__PLANS:
				return plans != null && !plans.isEmpty();
			case SiempleoPackage.WORKSPACE__AGREEMENTS:
				return agreements != null && !agreements.isEmpty();
			case SiempleoPackage.WORKSPACE__TERRITORIAL_TABLES:
				return territorialTables != null && !territorialTables.isEmpty();
			case SiempleoPackage.WORKSPACE__LOCAL_PLAN_PROTOCOL:
				return localPlanProtocol != null && !localPlanProtocol.isEmpty();
			case SiempleoPackage.WORKSPACE__INDICATORS:
				return indicators != null && !indicators.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //WorkspaceImpl
