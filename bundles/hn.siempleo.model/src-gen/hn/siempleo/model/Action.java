/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An action of the plan.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Action#getTitle <em>Title</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getAxis <em>Axis</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getDimension <em>Dimension</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getPlanDimension <em>Plan Dimension</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getPhase <em>Phase</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getPriority <em>Priority</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getResourceType <em>Resource Type</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getResponsibleUnit <em>Responsible Unit</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getResponsiblePerson <em>Responsible Person</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getOffices <em>Offices</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getServices <em>Services</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getStatus <em>Status</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getProgress <em>Progress</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getEstimatedCost <em>Estimated Cost</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getFundingSource <em>Funding Source</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getVerificationMeans <em>Verification Means</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getIndicators <em>Indicators</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getOriginAssessment <em>Origin Assessment</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getProgressReports <em>Progress Reports</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#isOverdue <em>Overdue</em>}</li>
 *   <li>{@link hn.siempleo.model.Action#getTrafficLight <em>Traffic Light</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getAction()
 * @model
 * @generated
 */
public interface Action extends Coded {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Short title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Axis</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Axis of the Employment Policy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Axis</em>' reference.
	 * @see #setAxis(PolicyAxis)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Axis()
	 * @model
	 * @generated
	 */
	PolicyAxis getAxis();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getAxis <em>Axis</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis</em>' reference.
	 * @see #getAxis()
	 * @generated
	 */
	void setAxis(PolicyAxis value);

	/**
	 * Returns the value of the '<em><b>Dimension</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PES Scan dimension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimension</em>' reference.
	 * @see #setDimension(Dimension)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Dimension()
	 * @model
	 * @generated
	 */
	Dimension getDimension();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getDimension <em>Dimension</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimension</em>' reference.
	 * @see #getDimension()
	 * @generated
	 */
	void setDimension(Dimension value);

	/**
	 * Returns the value of the '<em><b>Plan Dimension</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.PlanDimension}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Preparation or response.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Plan Dimension</em>' attribute.
	 * @see hn.siempleo.model.PlanDimension
	 * @see #setPlanDimension(PlanDimension)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_PlanDimension()
	 * @model
	 * @generated
	 */
	PlanDimension getPlanDimension();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getPlanDimension <em>Plan Dimension</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Plan Dimension</em>' attribute.
	 * @see hn.siempleo.model.PlanDimension
	 * @see #getPlanDimension()
	 * @generated
	 */
	void setPlanDimension(PlanDimension value);

	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.Term}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Implementation phase.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see hn.siempleo.model.Term
	 * @see #setPhase(Term)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Phase()
	 * @model
	 * @generated
	 */
	Term getPhase();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see hn.siempleo.model.Term
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(Term value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Priority 1 to 4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see #setPriority(int)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Priority()
	 * @model default="1"
	 * @generated
	 */
	int getPriority();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(int value);

	/**
	 * Returns the value of the '<em><b>Resource Type</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.ResourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Own means for priorities 1-2, additional budget for 3-4.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Type</em>' attribute.
	 * @see hn.siempleo.model.ResourceType
	 * @see hn.siempleo.model.SiempleoPackage#getAction_ResourceType()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	ResourceType getResourceType();

	/**
	 * Returns the value of the '<em><b>Responsible Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responsible unit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Unit</em>' attribute.
	 * @see #setResponsibleUnit(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_ResponsibleUnit()
	 * @model
	 * @generated
	 */
	String getResponsibleUnit();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getResponsibleUnit <em>Responsible Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Unit</em>' attribute.
	 * @see #getResponsibleUnit()
	 * @generated
	 */
	void setResponsibleUnit(String value);

	/**
	 * Returns the value of the '<em><b>Responsible Person</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Responsible person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Responsible Person</em>' attribute.
	 * @see #setResponsiblePerson(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_ResponsiblePerson()
	 * @model
	 * @generated
	 */
	String getResponsiblePerson();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getResponsiblePerson <em>Responsible Person</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Responsible Person</em>' attribute.
	 * @see #getResponsiblePerson()
	 * @generated
	 */
	void setResponsiblePerson(String value);

	/**
	 * Returns the value of the '<em><b>Offices</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Office}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Offices concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Offices</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Offices()
	 * @model
	 * @generated
	 */
	EList<Office> getOffices();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Service}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Services concerned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Services()
	 * @model
	 * @generated
	 */
	EList<Service> getServices();

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_StartDate()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Planned end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_DueDate()
	 * @model dataType="hn.siempleo.model.LocalDate"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Execution status.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see hn.siempleo.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see hn.siempleo.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Progress in percent (0-100).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress</em>' attribute.
	 * @see #setProgress(int)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Progress()
	 * @model
	 * @generated
	 */
	int getProgress();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getProgress <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress</em>' attribute.
	 * @see #getProgress()
	 * @generated
	 */
	void setProgress(int value);

	/**
	 * Returns the value of the '<em><b>Estimated Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Estimated cost in lempiras.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Estimated Cost</em>' attribute.
	 * @see #setEstimatedCost(BigDecimal)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_EstimatedCost()
	 * @model
	 * @generated
	 */
	BigDecimal getEstimatedCost();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getEstimatedCost <em>Estimated Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Estimated Cost</em>' attribute.
	 * @see #getEstimatedCost()
	 * @generated
	 */
	void setEstimatedCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Funding Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Funding source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Funding Source</em>' attribute.
	 * @see #setFundingSource(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_FundingSource()
	 * @model
	 * @generated
	 */
	String getFundingSource();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getFundingSource <em>Funding Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Funding Source</em>' attribute.
	 * @see #getFundingSource()
	 * @generated
	 */
	void setFundingSource(String value);

	/**
	 * Returns the value of the '<em><b>Verification Means</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Means of verification.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Verification Means</em>' attribute.
	 * @see #setVerificationMeans(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_VerificationMeans()
	 * @model
	 * @generated
	 */
	String getVerificationMeans();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getVerificationMeans <em>Verification Means</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Verification Means</em>' attribute.
	 * @see #getVerificationMeans()
	 * @generated
	 */
	void setVerificationMeans(String value);

	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Indicators this action should move (roll-up action, indicator, service, axis). Format 1.1 replaced the free-text indicator, baseline and target of format 1.0 by these links.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Indicators()
	 * @model
	 * @generated
	 */
	EList<Indicator> getIndicators();

	/**
	 * Returns the value of the '<em><b>Origin Assessment</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link hn.siempleo.model.Assessment#getActions <em>Actions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The diagnostic assessment this action answers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Assessment</em>' reference.
	 * @see #setOriginAssessment(Assessment)
	 * @see hn.siempleo.model.SiempleoPackage#getAction_OriginAssessment()
	 * @see hn.siempleo.model.Assessment#getActions
	 * @model opposite="actions"
	 * @generated
	 */
	Assessment getOriginAssessment();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Action#getOriginAssessment <em>Origin Assessment</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Assessment</em>' reference.
	 * @see #getOriginAssessment()
	 * @generated
	 */
	void setOriginAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Progress Reports</b></em>' containment reference list.
	 * The list contents are of type {@link hn.siempleo.model.ProgressReport}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dated progress reports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Progress Reports</em>' containment reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAction_ProgressReports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProgressReport> getProgressReports();

	/**
	 * Returns the value of the '<em><b>Overdue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the due date has passed and the action is not done or cancelled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Overdue</em>' attribute.
	 * @see hn.siempleo.model.SiempleoPackage#getAction_Overdue()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	boolean isOverdue();

	/**
	 * Returns the value of the '<em><b>Traffic Light</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.TrafficLight}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Semáforo of the action today.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Traffic Light</em>' attribute.
	 * @see hn.siempleo.model.TrafficLight
	 * @see hn.siempleo.model.SiempleoPackage#getAction_TrafficLight()
	 * @model transient="true" changeable="false" volatile="true" derived="true"
	 * @generated
	 */
	TrafficLight getTrafficLight();

} // Action
