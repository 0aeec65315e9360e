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
 * A representation of the literals of the enumeration '<em><b>Maturity Level</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * PES Scan maturity scale: 1 initial to 4 consolidated; 0 when not assessed yet.
 * <!-- end-model-doc -->
 * @see hn.siempleo.model.SiempleoPackage#getMaturityLevel()
 * @model
 * @generated
 */
public enum MaturityLevel implements Enumerator {
	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ASSESSED_VALUE
	 * @generated
	 * @ordered
	 */
	NOT_ASSESSED(0, "NOT_ASSESSED", "NOT_ASSESSED"),

	/**
	 * The '<em><b>INITIAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIAL_VALUE
	 * @generated
	 * @ordered
	 */
	INITIAL(1, "INITIAL", "INITIAL"),

	/**
	 * The '<em><b>DEVELOPING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPING_VALUE
	 * @generated
	 * @ordered
	 */
	DEVELOPING(2, "DEVELOPING", "DEVELOPING"),

	/**
	 * The '<em><b>ESTABLISHED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESTABLISHED_VALUE
	 * @generated
	 * @ordered
	 */
	ESTABLISHED(3, "ESTABLISHED", "ESTABLISHED"),

	/**
	 * The '<em><b>CONSOLIDATED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSOLIDATED_VALUE
	 * @generated
	 * @ordered
	 */
	CONSOLIDATED(4, "CONSOLIDATED", "CONSOLIDATED");

	/**
	 * The '<em><b>NOT ASSESSED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NOT_ASSESSED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NOT_ASSESSED_VALUE = 0;

	/**
	 * The '<em><b>INITIAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INITIAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INITIAL_VALUE = 1;

	/**
	 * The '<em><b>DEVELOPING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEVELOPING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DEVELOPING_VALUE = 2;

	/**
	 * The '<em><b>ESTABLISHED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ESTABLISHED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ESTABLISHED_VALUE = 3;

	/**
	 * The '<em><b>CONSOLIDATED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONSOLIDATED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CONSOLIDATED_VALUE = 4;

	/**
	 * An array of all the '<em><b>Maturity Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final MaturityLevel[] VALUES_ARRAY =
		new MaturityLevel[] {
			NOT_ASSESSED,
			INITIAL,
			DEVELOPING,
			ESTABLISHED,
			CONSOLIDATED,
		};

	/**
	 * A public read-only list of all the '<em><b>Maturity Level</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<MaturityLevel> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Maturity Level</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaturityLevel get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaturityLevel result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Maturity Level</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaturityLevel getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			MaturityLevel result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Maturity Level</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static MaturityLevel get(int value) {
		switch (value) {
			case NOT_ASSESSED_VALUE: return NOT_ASSESSED;
			case INITIAL_VALUE: return INITIAL;
			case DEVELOPING_VALUE: return DEVELOPING;
			case ESTABLISHED_VALUE: return ESTABLISHED;
			case CONSOLIDATED_VALUE: return CONSOLIDATED;
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
	private MaturityLevel(int value, String name, String literal) {
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
	
} //MaturityLevel
