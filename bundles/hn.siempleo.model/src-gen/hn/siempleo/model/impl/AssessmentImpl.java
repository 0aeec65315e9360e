/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model.impl;

import hn.siempleo.model.Action;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Criterion;
import hn.siempleo.model.FindingKind;
import hn.siempleo.model.MaturityLevel;
import hn.siempleo.model.ResourceType;
import hn.siempleo.model.SiempleoPackage;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getScore <em>Score</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getFinding <em>Finding</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getActions <em>Actions</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getFindingKind <em>Finding Kind</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getResourceNeed <em>Resource Need</em>}</li>
 *   <li>{@link hn.siempleo.model.impl.AssessmentImpl#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AssessmentImpl extends IdentifiedImpl implements Assessment {
	/**
	 * The cached value of the '{@link #getCriterion() <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCriterion()
	 * @generated
	 * @ordered
	 */
	protected Criterion criterion;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final MaturityLevel SCORE_EDEFAULT = MaturityLevel.NOT_ASSESSED;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected MaturityLevel score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinding() <em>Finding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinding()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinding() <em>Finding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinding()
	 * @generated
	 * @ordered
	 */
	protected String finding = FINDING_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected static final String RECOMMENDATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecommendation() <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendation()
	 * @generated
	 * @ordered
	 */
	protected String recommendation = RECOMMENDATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActions() <em>Actions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActions()
	 * @generated
	 * @ordered
	 */
	protected EList<Action> actions;

	/**
	 * The default value of the '{@link #getFindingKind() <em>Finding Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingKind()
	 * @generated
	 * @ordered
	 */
	protected static final FindingKind FINDING_KIND_EDEFAULT = FindingKind.UNSPECIFIED;

	/**
	 * The cached value of the '{@link #getFindingKind() <em>Finding Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindingKind()
	 * @generated
	 * @ordered
	 */
	protected FindingKind findingKind = FINDING_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getResourceNeed() <em>Resource Need</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceNeed()
	 * @generated
	 * @ordered
	 */
	protected static final ResourceType RESOURCE_NEED_EDEFAULT = ResourceType.OWN_MEANS;

	/**
	 * The cached value of the '{@link #getResourceNeed() <em>Resource Need</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResourceNeed()
	 * @generated
	 * @ordered
	 */
	protected ResourceType resourceNeed = RESOURCE_NEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAttachments() <em>Attachments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttachments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> attachments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SiempleoPackage.Literals.ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Criterion getCriterion() {
		if (criterion != null && criterion.eIsProxy()) {
			InternalEObject oldCriterion = (InternalEObject)criterion;
			criterion = (Criterion)eResolveProxy(oldCriterion);
			if (criterion != oldCriterion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, SiempleoPackage.ASSESSMENT__CRITERION, oldCriterion, criterion));
			}
		}
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Criterion basicGetCriterion() {
		return criterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCriterion(Criterion newCriterion) {
		Criterion oldCriterion = criterion;
		criterion = newCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__CRITERION, oldCriterion, criterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MaturityLevel getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(MaturityLevel newScore) {
		MaturityLevel oldScore = score;
		score = newScore == null ? SCORE_EDEFAULT : newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFinding() {
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinding(String newFinding) {
		String oldFinding = finding;
		finding = newFinding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__FINDING, oldFinding, finding));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecommendation() {
		return recommendation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecommendation(String newRecommendation) {
		String oldRecommendation = recommendation;
		recommendation = newRecommendation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__RECOMMENDATION, oldRecommendation, recommendation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Action> getActions() {
		if (actions == null) {
			actions = new EObjectWithInverseResolvingEList<Action>(Action.class, this, SiempleoPackage.ASSESSMENT__ACTIONS, SiempleoPackage.ACTION__ORIGIN_ASSESSMENT);
		}
		return actions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FindingKind getFindingKind() {
		return findingKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindingKind(FindingKind newFindingKind) {
		FindingKind oldFindingKind = findingKind;
		findingKind = newFindingKind == null ? FINDING_KIND_EDEFAULT : newFindingKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__FINDING_KIND, oldFindingKind, findingKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceType getResourceNeed() {
		return resourceNeed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResourceNeed(ResourceType newResourceNeed) {
		ResourceType oldResourceNeed = resourceNeed;
		resourceNeed = newResourceNeed == null ? RESOURCE_NEED_EDEFAULT : newResourceNeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SiempleoPackage.ASSESSMENT__RESOURCE_NEED, oldResourceNeed, resourceNeed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAttachments() {
		if (attachments == null) {
			attachments = new EDataTypeUniqueEList<String>(String.class, this, SiempleoPackage.ASSESSMENT__ATTACHMENTS);
		}
		return attachments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SiempleoPackage.ASSESSMENT__ACTIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getActions()).basicAdd(otherEnd, msgs);
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
			case SiempleoPackage.ASSESSMENT__ACTIONS:
				return ((InternalEList<?>)getActions()).basicRemove(otherEnd, msgs);
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
			case SiempleoPackage.ASSESSMENT__CRITERION:
				if (resolve) return getCriterion();
				return basicGetCriterion();
			case SiempleoPackage.ASSESSMENT__SCORE:
				return getScore();
			case SiempleoPackage.ASSESSMENT__EVIDENCE:
				return getEvidence();
			case SiempleoPackage.ASSESSMENT__FINDING:
				return getFinding();
			case SiempleoPackage.ASSESSMENT__RECOMMENDATION:
				return getRecommendation();
			case SiempleoPackage.ASSESSMENT__ACTIONS:
				return getActions();
			case SiempleoPackage.ASSESSMENT__FINDING_KIND:
				return getFindingKind();
			case SiempleoPackage.ASSESSMENT__RESOURCE_NEED:
				return getResourceNeed();
			case SiempleoPackage.ASSESSMENT__ATTACHMENTS:
				return getAttachments();
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
			case SiempleoPackage.ASSESSMENT__CRITERION:
				setCriterion((Criterion)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__SCORE:
				setScore((MaturityLevel)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__FINDING:
				setFinding((String)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__RECOMMENDATION:
				setRecommendation((String)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__ACTIONS:
				getActions().clear();
				getActions().addAll((Collection<? extends Action>)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__FINDING_KIND:
				setFindingKind((FindingKind)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__RESOURCE_NEED:
				setResourceNeed((ResourceType)newValue);
				return;
			case SiempleoPackage.ASSESSMENT__ATTACHMENTS:
				getAttachments().clear();
				getAttachments().addAll((Collection<? extends String>)newValue);
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
			case SiempleoPackage.ASSESSMENT__CRITERION:
				setCriterion((Criterion)null);
				return;
			case SiempleoPackage.ASSESSMENT__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case SiempleoPackage.ASSESSMENT__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case SiempleoPackage.ASSESSMENT__FINDING:
				setFinding(FINDING_EDEFAULT);
				return;
			case SiempleoPackage.ASSESSMENT__RECOMMENDATION:
				setRecommendation(RECOMMENDATION_EDEFAULT);
				return;
			case SiempleoPackage.ASSESSMENT__ACTIONS:
				getActions().clear();
				return;
			case SiempleoPackage.ASSESSMENT__FINDING_KIND:
				setFindingKind(FINDING_KIND_EDEFAULT);
				return;
			case SiempleoPackage.ASSESSMENT__RESOURCE_NEED:
				setResourceNeed(RESOURCE_NEED_EDEFAULT);
				return;
			case SiempleoPackage.ASSESSMENT__ATTACHMENTS:
				getAttachments().clear();
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
			case SiempleoPackage.ASSESSMENT__CRITERION:
				return criterion != null;
			case SiempleoPackage.ASSESSMENT__SCORE:
				return score != SCORE_EDEFAULT;
			case SiempleoPackage.ASSESSMENT__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case SiempleoPackage.ASSESSMENT__FINDING:
				return FINDING_EDEFAULT == null ? finding != null : !FINDING_EDEFAULT.equals(finding);
			case SiempleoPackage.ASSESSMENT__RECOMMENDATION:
				return RECOMMENDATION_EDEFAULT == null ? recommendation != null : !RECOMMENDATION_EDEFAULT.equals(recommendation);
			case SiempleoPackage.ASSESSMENT__ACTIONS:
				return actions != null && !actions.isEmpty();
			case SiempleoPackage.ASSESSMENT__FINDING_KIND:
				return findingKind != FINDING_KIND_EDEFAULT;
			case SiempleoPackage.ASSESSMENT__RESOURCE_NEED:
				return resourceNeed != RESOURCE_NEED_EDEFAULT;
			case SiempleoPackage.ASSESSMENT__ATTACHMENTS:
				return attachments != null && !attachments.isEmpty();
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
		result.append(" (score: ");
		result.append(score);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", finding: ");
		result.append(finding);
		result.append(", recommendation: ");
		result.append(recommendation);
		result.append(", findingKind: ");
		result.append(findingKind);
		result.append(", resourceNeed: ");
		result.append(resourceNeed);
		result.append(", attachments: ");
		result.append(attachments);
		result.append(')');
		return result.toString();
	}

} //AssessmentImpl
