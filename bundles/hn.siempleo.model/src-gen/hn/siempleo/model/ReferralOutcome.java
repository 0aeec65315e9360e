/**
 * Generated from siempleo.ecore by tools/emfgen: do not edit by hand (except where marked @generated NOT).
 */
package hn.siempleo.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Referral Outcome</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Outcome of a group of referrals.
 * <!-- end-model-doc -->
 * @see hn.siempleo.model.SiempleoPackage#getReferralOutcome()
 * @model
 * @generated
 */
public enum ReferralOutcome implements Enumerator {
	/**
	 * The '<em><b>ATTENDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTENDED_VALUE
	 * @generated
	 * @ordered
	 */
	ATTENDED(0, "ATTENDED", "ATTENDED"),

	/**
	 * The '<em><b>IN PROCESS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROCESS_VALUE
	 * @generated
	 * @ordered
	 */
	IN_PROCESS(1, "IN_PROCESS", "IN_PROCESS"),

	/**
	 * The '<em><b>NOT ATTENDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ATTENDED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ATTENDED(2, "NOT_ATTENDED", "NOT_ATTENDED");

	/**
	 * The '<em><b>ATTENDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTENDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ATTENDED_VALUE = 0;

	/**
	 * The '<em><b>IN PROCESS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #IN_PROCESS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IN_PROCESS_VALUE = 1;

	/**
	 * The '<em><b>NOT ATTENDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ATTENDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ATTENDED_VALUE = 2;

	/**
	 * An array of all the '<em><b>Referral Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReferralOutcome[] VALUES_ARRAY =
		new ReferralOutcome[] {
			ATTENDED,
			IN_PROCESS,
			NOT_ATTENDED,
		};

	/**
	 * A public read-only list of all the '<em><b>Referral Outcome</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReferralOutcome> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Referral Outcome</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReferralOutcome get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReferralOutcome result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Referral Outcome</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReferralOutcome getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReferralOutcome result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Referral Outcome</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReferralOutcome get(int value) {
		switch (value) {
			case ATTENDED_VALUE: return ATTENDED;
			case IN_PROCESS_VALUE: return IN_PROCESS;
			case NOT_ATTENDED_VALUE: return NOT_ATTENDED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ReferralOutcome(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ReferralOutcome
