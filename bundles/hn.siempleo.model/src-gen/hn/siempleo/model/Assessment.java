/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The score and evidence of one criterion in a diagnostic.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.Assessment#getCriterion <em>Criterion</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getScore <em>Score</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getFinding <em>Finding</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getRecommendation <em>Recommendation</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getActions <em>Actions</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getFindingKind <em>Finding Kind</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getResourceNeed <em>Resource Need</em>}</li>
 *   <li>{@link hn.siempleo.model.Assessment#getAttachments <em>Attachments</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getAssessment()
 * @model
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Criterion</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The criterion assessed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Criterion</em>' reference.
	 * @see #setCriterion(Criterion)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Criterion()
	 * @model
	 * @generated
	 */
	Criterion getCriterion();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getCriterion <em>Criterion</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Criterion</em>' reference.
	 * @see #getCriterion()
	 * @generated
	 */
	void setCriterion(Criterion value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.MaturityLevel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Maturity level found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see hn.siempleo.model.MaturityLevel
	 * @see #setScore(MaturityLevel)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Score()
	 * @model
	 * @generated
	 */
	MaturityLevel getScore();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see hn.siempleo.model.MaturityLevel
	 * @see #getScore()
	 * @generated
	 */
	void setScore(MaturityLevel value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Evidence recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Finding</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Finding (gap).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding</em>' attribute.
	 * @see #setFinding(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Finding()
	 * @model
	 * @generated
	 */
	String getFinding();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getFinding <em>Finding</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding</em>' attribute.
	 * @see #getFinding()
	 * @generated
	 */
	void setFinding(String value);

	/**
	 * Returns the value of the '<em><b>Recommendation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Recommendation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recommendation</em>' attribute.
	 * @see #setRecommendation(String)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Recommendation()
	 * @model
	 * @generated
	 */
	String getRecommendation();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getRecommendation <em>Recommendation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation</em>' attribute.
	 * @see #getRecommendation()
	 * @generated
	 */
	void setRecommendation(String value);

	/**
	 * Returns the value of the '<em><b>Actions</b></em>' reference list.
	 * The list contents are of type {@link hn.siempleo.model.Action}.
	 * It is bidirectional and its opposite is '{@link hn.siempleo.model.Action#getOriginAssessment <em>Origin Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Actions that answer this assessment.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actions</em>' reference list.
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Actions()
	 * @see hn.siempleo.model.Action#getOriginAssessment
	 * @model opposite="originAssessment"
	 * @generated
	 */
	EList<Action> getActions();

	/**
	 * Returns the value of the '<em><b>Finding Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.FindingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the finding is a strength or a gap; unspecified lets the score decide.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finding Kind</em>' attribute.
	 * @see hn.siempleo.model.FindingKind
	 * @see #setFindingKind(FindingKind)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_FindingKind()
	 * @model
	 * @generated
	 */
	FindingKind getFindingKind();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getFindingKind <em>Finding Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding Kind</em>' attribute.
	 * @see hn.siempleo.model.FindingKind
	 * @see #getFindingKind()
	 * @generated
	 */
	void setFindingKind(FindingKind value);

	/**
	 * Returns the value of the '<em><b>Resource Need</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.ResourceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether closing the gap needs only own means or additional budget (drives the suggested priority).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resource Need</em>' attribute.
	 * @see hn.siempleo.model.ResourceType
	 * @see #setResourceNeed(ResourceType)
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_ResourceNeed()
	 * @model
	 * @generated
	 */
	ResourceType getResourceNeed();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.Assessment#getResourceNeed <em>Resource Need</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resource Need</em>' attribute.
	 * @see hn.siempleo.model.ResourceType
	 * @see #getResourceNeed()
	 * @generated
	 */
	void setResourceNeed(ResourceType value);

	/**
	 * Returns the value of the '<em><b>Attachments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of evidence files, kept in the folder beside the model (see hn.siempleo.diagnostic.EvidenceFiles).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attachments</em>' attribute list.
	 * @see hn.siempleo.model.SiempleoPackage#getAssessment_Attachments()
	 * @model
	 * @generated
	 */
	EList<String> getAttachments();

} // Assessment
