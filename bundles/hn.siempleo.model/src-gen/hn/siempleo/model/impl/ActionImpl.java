/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.model.PlanDimension;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.ProgressReport;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.Service;
import hn.siempleo.model.SiempleoPackage;
import hn.siempleo.model.Term;
import hn.siempleo.model.TrafficLight;

import java.math.BigDecimal;

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
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getAxis <em>Axis</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getDimension <em>Dimension</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getPlanDimension <em>Plan Dimension</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getPhase <em>Phase</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getResourceType <em>Resource Type</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getServices <em>Services</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getProgress <em>Progress</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getEstimatedCost <em>Estimated Cost</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getVerificationMeans <em>Verification Means</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getOriginAssessment <em>Origin Assessment</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#isOverdue <em>Overdue</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.ActionImpl#getTrafficLight <em>Traffic Light</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends CodedImpl implements Action {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAxis() <em>Axis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxis()
	 * @generated
	 * @ordered
	 */
	protected PolicyAxis axis;

	/**
	 * The cached value of the '{@link #getDimension() <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimension()
	 * @generated
	 * @ordered
	 */
	protected Dimension dimension;

	/**
	 * The default value of the '{@link #getPlanDimension() <em>Plan Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanDimension()
	 * @generated
	 * @ordered
	 */
	protected static final PlanDimension PLAN_DIMENSION_EDEFAULT = PlanDimension.PREPARATION;

	/**
	 * The cached value of the '{@link #getPlanDimension() <em>Plan Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlanDimension()
	 * @generated
	 * @ordered
	 */
	protected PlanDimension planDimension = PLAN_DIMENSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected static final Term PHASE_EDEFAULT = Term.SHORT;

	/**
	 * The cached value of the '{@link #getPhase() <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhase()
	 * @generated
	 * @ordered
	 */
	protected Term phase = PHASE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final int PRIORITY_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected int priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceType() <em>Resource Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceType()
	 * @generated
	 * @ordered
	 */
	protected static final ResourceType RESOURCE_TYPE_EDEFAULT = ResourceType.OWN_MEANS;

	/**
	 * The default value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsibleUnit() <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsibleUnit()
	 * @generated
	 * @ordered
	 */
	protected String responsibleUnit = RESPONSIBLE_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getResponsiblePerson() <em>Responsible Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePerson()
	 * @generated
	 * @ordered
	 */
	protected static final String RESPONSIBLE_PERSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResponsiblePerson() <em>Responsible Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResponsiblePerson()
	 * @generated
	 * @ordered
	 */
	protected String responsiblePerson = RESPONSIBLE_PERSON_EDEFAULT;

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
	 * The cached value of the '{@link #getServices() <em>Services</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getServices()
	 * @generated
	 * @ordered
	 */
	protected EList<Service> services;

	/**
	 * The default value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate START_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartDate() <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate startDate = START_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ActionStatus STATUS_EDEFAULT = ActionStatus.NOT_STARTED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ActionStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected static final int PROGRESS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getProgress() <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgress()
	 * @generated
	 * @ordered
	 */
	protected int progress = PROGRESS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEstimatedCost() <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedCost()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ESTIMATED_COST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEstimatedCost() <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEstimatedCost()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal estimatedCost = ESTIMATED_COST_EDEFAULT;

	/**
	 * The default value of the '{@link #getFundingSource() <em>Funding Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSource()
	 * @generated
	 * @ordered
	 */
	protected static final String FUNDING_SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFundingSource() <em>Funding Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFundingSource()
	 * @generated
	 * @ordered
	 */
	protected String fundingSource = FUNDING_SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVerificationMeans() <em>Verification Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationMeans()
	 * @generated
	 * @ordered
	 */
	protected static final String VERIFICATION_MEANS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVerificationMeans() <em>Verification Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVerificationMeans()
	 * @generated
	 * @ordered
	 */
	protected String verificationMeans = VERIFICATION_MEANS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIndicators() <em>Indicators</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndicators()
	 * @generated
	 * @ordered
	 */
	protected EList<Indicator> indicators;

	/**
	 * The cached value of the '{@link #getOriginAssessment() <em>Origin Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginAssessment()
	 * @generated
	 * @ordered
	 */
	protected Assessment originAssessment;

	/**
	 * The cached value of the '{@link #getProgressReports() <em>Progress Reports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProgressReports()
	 * @generated
	 * @ordered
	 */
	protected EList<ProgressReport> progressReports;

	/**
	 * The default value of the '{@link #isOverdue() <em>Overdue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverdue()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERDUE_EDEFAULT = false;

	/**
	 * The default value of the '{@link #getTrafficLight() <em>Traffic Light</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrafficLight()
	 * @generated
	 * @ordered
	 */
	protected static final TrafficLight TRAFFIC_LIGHT_EDEFAULT = TrafficLight.NOT_STARTED;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PolicyAxis getAxis() {
		if (axis != null && axis.eIsProxy()) {
			InternalEObject oldAxis = (InternalEObject)axis;
			axis = (PolicyAxis)eResolveProxy(oldAxis);
			if (axis != oldAxis) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.ACTION__AXIS, oldAxis, axis));
			}
		}
		return axis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PolicyAxis basicGetAxis() {
		return axis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAxis(PolicyAxis newAxis) {
		PolicyAxis oldAxis = axis;
		axis = newAxis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__AXIS, oldAxis, axis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Dimension getDimension() {
		if (dimension != null && dimension.eIsProxy()) {
			InternalEObject oldDimension = (InternalEObject)dimension;
			dimension = (Dimension)eResolveProxy(oldDimension);
			if (dimension != oldDimension) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.ACTION__DIMENSION, oldDimension, dimension));
			}
		}
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Dimension basicGetDimension() {
		return dimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimension(Dimension newDimension) {
		Dimension oldDimension = dimension;
		dimension = newDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__DIMENSION, oldDimension, dimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanDimension getPlanDimension() {
		return planDimension;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPlanDimension(PlanDimension newPlanDimension) {
		PlanDimension oldPlanDimension = planDimension;
		planDimension = newPlanDimension == null ? PLAN_DIMENSION_EDEFAULT : newPlanDimension;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__PLAN_DIMENSION, oldPlanDimension, planDimension));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Term getPhase() {
		return phase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhase(Term newPhase) {
		Term oldPhase = phase;
		phase = newPhase == null ? PHASE_EDEFAULT : newPhase;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__PHASE, oldPhase, phase));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(int newPriority) {
		int oldPriority = priority;
		priority = newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceType getResourceType() {
		return hn.siempleo.model.logic.Actions.resourceType(this);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsibleUnit() {
		return responsibleUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsibleUnit(String newResponsibleUnit) {
		String oldResponsibleUnit = responsibleUnit;
		responsibleUnit = newResponsibleUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__RESPONSIBLE_UNIT, oldResponsibleUnit, responsibleUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResponsiblePerson() {
		return responsiblePerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResponsiblePerson(String newResponsiblePerson) {
		String oldResponsiblePerson = responsiblePerson;
		responsiblePerson = newResponsiblePerson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__RESPONSIBLE_PERSON, oldResponsiblePerson, responsiblePerson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Office> getOffices() {
		if (offices == null) {
			offices = new EObjectResolvingEList<Office>(Office.class, this, SiempleoPackage.ACTION__OFFICES);
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
			services = new EObjectResolvingEList<Service>(Service.class, this, SiempleoPackage.ACTION__SERVICES);
		}
		return services;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getStartDate() {
		return startDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartDate(LocalDate newStartDate) {
		LocalDate oldStartDate = startDate;
		startDate = newStartDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__START_DATE, oldStartDate, startDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ActionStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ActionStatus newStatus) {
		ActionStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getProgress() {
		return progress;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProgress(int newProgress) {
		int oldProgress = progress;
		progress = newProgress;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__PROGRESS, oldProgress, progress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEstimatedCost(BigDecimal newEstimatedCost) {
		BigDecimal oldEstimatedCost = estimatedCost;
		estimatedCost = newEstimatedCost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__ESTIMATED_COST, oldEstimatedCost, estimatedCost));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFundingSource() {
		return fundingSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFundingSource(String newFundingSource) {
		String oldFundingSource = fundingSource;
		fundingSource = newFundingSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__FUNDING_SOURCE, oldFundingSource, fundingSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVerificationMeans() {
		return verificationMeans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVerificationMeans(String newVerificationMeans) {
		String oldVerificationMeans = verificationMeans;
		verificationMeans = newVerificationMeans;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__VERIFICATION_MEANS, oldVerificationMeans, verificationMeans));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Indicator> getIndicators() {
		if (indicators == null) {
			indicators = new EObjectResolvingEList<Indicator>(Indicator.class, this, SiempleoPackage.ACTION__INDICATORS);
		}
		return indicators;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Assessment getOriginAssessment() {
		if (originAssessment != null && originAssessment.eIsProxy()) {
			InternalEObject oldOriginAssessment = (InternalEObject)originAssessment;
			originAssessment = (Assessment)eResolveProxy(oldOriginAssessment);
			if (originAssessment != oldOriginAssessment) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.ACTION__ORIGIN_ASSESSMENT, oldOriginAssessment, originAssessment));
			}
		}
		return originAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment basicGetOriginAssessment() {
		return originAssessment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetOriginAssessment(Assessment newOriginAssessment, NotificationChain msgs) {
		Assessment oldOriginAssessment = originAssessment;
		originAssessment = newOriginAssessment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__ORIGIN_ASSESSMENT, oldOriginAssessment, newOriginAssessment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginAssessment(Assessment newOriginAssessment) {
		if (newOriginAssessment != originAssessment) {
			NotificationChain msgs = null;
			if (originAssessment != null)
				msgs = ((InternalEObject)originAssessment).eInverseRemove(this, SiempleoPackage.ASSESSMENT__ACTIONS, Assessment.class, msgs);
			if (newOriginAssessment != null)
				msgs = ((InternalEObject)newOriginAssessment).eInverseAdd(this, SiempleoPackage.ASSESSMENT__ACTIONS, Assessment.class, msgs);
			msgs = basicSetOriginAssessment(newOriginAssessment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ACTION__ORIGIN_ASSESSMENT, newOriginAssessment, newOriginAssessment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProgressReport> getProgressReports() {
		if (progressReports == null) {
			progressReports = new EObjectContainmentEList<ProgressReport>(ProgressReport.class, this, SiempleoPackage.ACTION__PROGRESS_REPORTS);
		}
		return progressReports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverdue() {
		return hn.siempleo.model.logic.Actions.isOverdue(this, hn.siempleo.model.logic.ModelClock.today(this));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrafficLight getTrafficLight() {
		return hn.siempleo.model.logic.Actions.trafficLight(this, hn.siempleo.model.logic.ModelClock.today(this));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.ACTION__ORIGIN_ASSESSMENT:
				if (originAssessment != null)
					msgs = ((InternalEObject)originAssessment).eInverseRemove(this, SiempleoPackage.ASSESSMENT__ACTIONS, Assessment.class, msgs);
				return basicSetOriginAssessment((Assessment)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.ACTION__ORIGIN_ASSESSMENT:
				return basicSetOriginAssessment(null, msgs);
			case SiempleoPackage.ACTION__PROGRESS_REPORTS:
				return ((InternalEList<?>)getProgressReports()).basicRemove(otherEnd, msgs);
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
			case SiempleoPackage.ACTION__TITLE:
				return getTitle();
			case SiempleoPackage.ACTION__AXIS:
				if (resolve) return getAxis();
				return basicGetAxis();
			case SiempleoPackage.ACTION__DIMENSION:
				if (resolve) return getDimension();
				return basicGetDimension();
			case SiempleoPackage.ACTION__PLAN_DIMENSION:
				return getPlanDimension();
			case SiempleoPackage.ACTION__PHASE:
				return getPhase();
			case SiempleoPackage.ACTION__PRIORITY:
				return getPriority();
			case SiempleoPackage.ACTION__RESOURCE_TYPE:
				return getResourceType();
			case SiempleoPackage.ACTION__RESPONSIBLE_UNIT:
				return getResponsibleUnit();
			case SiempleoPackage.ACTION__RESPONSIBLE_PERSON:
				return getResponsiblePerson();
			case SiempleoPackage.ACTION__OFFICES:
				return getOffices();
			case SiempleoPackage.ACTION__SERVICES:
				return getServices();
			case SiempleoPackage.ACTION__START_DATE:
				return getStartDate();
			case SiempleoPackage.ACTION__DUE_DATE:
				return getDueDate();
			case SiempleoPackage.ACTION__STATUS:
				return getStatus();
			case SiempleoPackage.ACTION__PROGRESS:
				return getProgress();
			case SiempleoPackage.ACTION__ESTIMATED_COST:
				return getEstimatedCost();
			case SiempleoPackage.ACTION__FUNDING_SOURCE:
				return getFundingSource();
			case SiempleoPackage.ACTION__VERIFICATION_MEANS:
				return getVerificationMeans();
			case SiempleoPackage.ACTION__INDICATORS:
				return getIndicators();
			case SiempleoPackage.ACTION__ORIGIN_ASSESSMENT:
				if (resolve) return getOriginAssessment();
				return basicGetOriginAssessment();
			case SiempleoPackage.ACTION__PROGRESS_REPORTS:
				return getProgressReports();
			case SiempleoPackage.ACTION__OVERDUE:
				return isOverdue();
			case SiempleoPackage.ACTION__TRAFFIC_LIGHT:
				return getTrafficLight();
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
			case SiempleoPackage.ACTION__TITLE:
				setTitle((String)newValue);
				return;
			case SiempleoPackage.ACTION__AXIS:
				setAxis((PolicyAxis)newValue);
				return;
			case SiempleoPackage.ACTION__DIMENSION:
				setDimension((Dimension)newValue);
				return;
			case SiempleoPackage.ACTION__PLAN_DIMENSION:
				setPlanDimension((PlanDimension)newValue);
				return;
			case SiempleoPackage.ACTION__PHASE:
				setPhase((Term)newValue);
				return;
			case SiempleoPackage.ACTION__PRIORITY:
				setPriority((Integer)newValue);
				return;
			case SiempleoPackage.ACTION__RESPONSIBLE_UNIT:
				setResponsibleUnit((String)newValue);
				return;
			case SiempleoPackage.ACTION__RESPONSIBLE_PERSON:
				setResponsiblePerson((String)newValue);
				return;
			case SiempleoPackage.ACTION__OFFICES:
				getOffices().clear();
				getOffices().addAll((Collection<? extends Office>)newValue);
				return;
			case SiempleoPackage.ACTION__SERVICES:
				getServices().clear();
				getServices().addAll((Collection<? extends Service>)newValue);
				return;
			case SiempleoPackage.ACTION__START_DATE:
				setStartDate((LocalDate)newValue);
				return;
			case SiempleoPackage.ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case SiempleoPackage.ACTION__STATUS:
				setStatus((ActionStatus)newValue);
				return;
			case SiempleoPackage.ACTION__PROGRESS:
				setProgress((Integer)newValue);
				return;
			case SiempleoPackage.ACTION__ESTIMATED_COST:
				setEstimatedCost((BigDecimal)newValue);
				return;
			case SiempleoPackage.ACTION__FUNDING_SOURCE:
				setFundingSource((String)newValue);
				return;
			case SiempleoPackage.ACTION__VERIFICATION_MEANS:
				setVerificationMeans((String)newValue);
				return;
			case SiempleoPackage.ACTION__INDICATORS:
				getIndicators().clear();
				getIndicators().addAll((Collection<? extends Indicator>)newValue);
				return;
			case SiempleoPackage.ACTION__ORIGIN_ASSESSMENT:
				setOriginAssessment((Assessment)newValue);
				return;
			case SiempleoPackage.ACTION__PROGRESS_REPORTS:
				getProgressReports().clear();
				getProgressReports().addAll((Collection<? extends ProgressReport>)newValue);
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
			case SiempleoPackage.ACTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__AXIS:
				setAxis((PolicyAxis)null);
				return;
			case SiempleoPackage.ACTION__DIMENSION:
				setDimension((Dimension)null);
				return;
			case SiempleoPackage.ACTION__PLAN_DIMENSION:
				setPlanDimension(PLAN_DIMENSION_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__PHASE:
				setPhase(PHASE_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__RESPONSIBLE_UNIT:
				setResponsibleUnit(RESPONSIBLE_UNIT_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__RESPONSIBLE_PERSON:
				setResponsiblePerson(RESPONSIBLE_PERSON_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__OFFICES:
				getOffices().clear();
				return;
			case SiempleoPackage.ACTION__SERVICES:
				getServices().clear();
				return;
			case SiempleoPackage.ACTION__START_DATE:
				setStartDate(START_DATE_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__PROGRESS:
				setProgress(PROGRESS_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__ESTIMATED_COST:
				setEstimatedCost(ESTIMATED_COST_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__FUNDING_SOURCE:
				setFundingSource(FUNDING_SOURCE_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__VERIFICATION_MEANS:
				setVerificationMeans(VERIFICATION_MEANS_EDEFAULT);
				return;
			case SiempleoPackage.ACTION__INDICATORS:
				getIndicators().clear();
				return;
			case SiempleoPackage.ACTION__ORIGIN_ASSESSMENT:
				setOriginAssessment((Assessment)null);
				return;
			case SiempleoPackage.ACTION__PROGRESS_REPORTS:
				getProgressReports().clear();
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
			case SiempleoPackage.ACTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SiempleoPackage.ACTION__AXIS:
				return axis != null;
			case SiempleoPackage.ACTION__DIMENSION:
				return dimension != null;
			case SiempleoPackage.ACTION__PLAN_DIMENSION:
				return planDimension != PLAN_DIMENSION_EDEFAULT;
			case SiempleoPackage.ACTION__PHASE:
				return phase != PHASE_EDEFAULT;
			case SiempleoPackage.ACTION__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case SiempleoPackage.ACTION__RESOURCE_TYPE:
				return getResourceType() != RESOURCE_TYPE_EDEFAULT;
			case SiempleoPackage.ACTION__RESPONSIBLE_UNIT:
				return RESPONSIBLE_UNIT_EDEFAULT == null ? responsibleUnit != null : !RESPONSIBLE_UNIT_EDEFAULT.equals(responsibleUnit);
			case SiempleoPackage.ACTION__RESPONSIBLE_PERSON:
				return RESPONSIBLE_PERSON_EDEFAULT == null ? responsiblePerson != null : !RESPONSIBLE_PERSON_EDEFAULT.equals(responsiblePerson);
			case SiempleoPackage.ACTION__OFFICES:
				return offices != null && !offices.isEmpty();
			case SiempleoPackage.ACTION__SERVICES:
				return services != null && !services.isEmpty();
			case SiempleoPackage.ACTION__START_DATE:
				return START_DATE_EDEFAULT == null ? startDate != null : !START_DATE_EDEFAULT.equals(startDate);
			case SiempleoPackage.ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case SiempleoPackage.ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case SiempleoPackage.ACTION__PROGRESS:
				return progress != PROGRESS_EDEFAULT;
			case SiempleoPackage.ACTION__ESTIMATED_COST:
				return ESTIMATED_COST_EDEFAULT == null ? estimatedCost != null : !ESTIMATED_COST_EDEFAULT.equals(estimatedCost);
			case SiempleoPackage.ACTION__FUNDING_SOURCE:
				return FUNDING_SOURCE_EDEFAULT == null ? fundingSource != null : !FUNDING_SOURCE_EDEFAULT.equals(fundingSource);
			case SiempleoPackage.ACTION__VERIFICATION_MEANS:
				return VERIFICATION_MEANS_EDEFAULT == null ? verificationMeans != null : !VERIFICATION_MEANS_EDEFAULT.equals(verificationMeans);
			case SiempleoPackage.ACTION__INDICATORS:
				return indicators != null && !indicators.isEmpty();
			case SiempleoPackage.ACTION__ORIGIN_ASSESSMENT:
				return originAssessment != null;
			case SiempleoPackage.ACTION__PROGRESS_REPORTS:
				return progressReports != null && !progressReports.isEmpty();
			case SiempleoPackage.ACTION__OVERDUE:
				return isOverdue() != OVERDUE_EDEFAULT;
			case SiempleoPackage.ACTION__TRAFFIC_LIGHT:
				return getTrafficLight() != TRAFFIC_LIGHT_EDEFAULT;
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
		result.append(" (title: ");
		result.append(title);
		result.append(", planDimension: ");
		result.append(planDimension);
		result.append(", phase: ");
		result.append(phase);
		result.append(", priority: ");
		result.append(priority);
		result.append(", responsibleUnit: ");
		result.append(responsibleUnit);
		result.append(", responsiblePerson: ");
		result.append(responsiblePerson);
		result.append(", startDate: ");
		result.append(startDate);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(", progress: ");
		result.append(progress);
		result.append(", estimatedCost: ");
		result.append(estimatedCost);
		result.append(", fundingSource: ");
		result.append(fundingSource);
		result.append(", verificationMeans: ");
		result.append(verificationMeans);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
