/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Referral Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An aggregated count of referrals.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getOffice <em>Office</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getPeriod <em>Period</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getFrom <em>From</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getTo <em>To</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getDestination <em>Destination</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getService <em>Service</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getCount <em>Count</em>}</li>
 *   <li>{@link hn.siempleo.model.ReferralRecord#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord()
 * @model
 * @generated
 */
public interface ReferralRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Office</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Office that referred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Office</em>' reference.
	 * @see #setOffice(Office)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_Office()
	 * @model
	 * @generated
	 */
	Office getOffice();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getOffice <em>Office</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Office</em>' reference.
	 * @see #getOffice()
	 * @generated
	 */
	void setOffice(Office value);

	/**
	 * Returns the value of the '<em><b>Period</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Period, e.g. 2024-T3.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Period</em>' attribute.
	 * @see #setPeriod(String)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_Period()
	 * @model
	 * @generated
	 */
	String getPeriod();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getPeriod <em>Period</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Period</em>' attribute.
	 * @see #getPeriod()
	 * @generated
	 */
	void setPeriod(String value);

	/**
	 * Returns the value of the '<em><b>From</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Referring institution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From</em>' reference.
	 * @see #setFrom(Institution)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_From()
	 * @model
	 * @generated
	 */
	Institution getFrom();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getFrom <em>From</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' reference.
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(Institution value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Receiving institution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>To</em>' reference.
	 * @see #setTo(Institution)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_To()
	 * @model
	 * @generated
	 */
	Institution getTo();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getTo <em>To</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' reference.
	 * @see #getTo()
	 * @generated
	 */
	void setTo(Institution value);

	/**
	 * Returns the value of the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The more specific destination within the receiving institution (a course, a programme) when a plug-in contributes one; optional, the matrix counts by the receiving institution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Destination</em>' reference.
	 * @see #setDestination(Identified)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_Destination()
	 * @model
	 * @generated
	 */
	Identified getDestination();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getDestination <em>Destination</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Destination</em>' reference.
	 * @see #getDestination()
	 * @generated
	 */
	void setDestination(Identified value);

	/**
	 * Returns the value of the '<em><b>Service</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Service referred to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Service</em>' reference.
	 * @see #setService(Service)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_Service()
	 * @model
	 * @generated
	 */
	Service getService();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getService <em>Service</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Service</em>' reference.
	 * @see #getService()
	 * @generated
	 */
	void setService(Service value);

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of people referred (aggregate; no personal data).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_Count()
	 * @model
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link hn.siempleo.model.ReferralOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see hn.siempleo.model.ReferralOutcome
	 * @see #setOutcome(ReferralOutcome)
	 * @see hn.siempleo.model.SiempleoPackage#getReferralRecord_Outcome()
	 * @model
	 * @generated
	 */
	ReferralOutcome getOutcome();

	/**
	 * Sets the value of the '{@link hn.siempleo.model.ReferralRecord#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see hn.siempleo.model.ReferralOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(ReferralOutcome value);

} // ReferralRecord
