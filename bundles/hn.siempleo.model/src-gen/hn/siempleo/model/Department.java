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
 * A representation of the literals of the enumeration '<em><b>Department</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The 18 departments of Honduras.
 * <!-- end-model-doc -->
 * @see hn.siempleo.model.SiempleoPackage#getDepartment()
 * @model
 * @generated
 */
public enum Department implements Enumerator {
	/**
	 * The '<em><b>ATLANTIDA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATLANTIDA_VALUE
	 * @generated
	 * @ordered
	 */
	ATLANTIDA(0, "ATLANTIDA", "ATLANTIDA"),

	/**
	 * The '<em><b>CHOLUTECA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHOLUTECA_VALUE
	 * @generated
	 * @ordered
	 */
	CHOLUTECA(1, "CHOLUTECA", "CHOLUTECA"),

	/**
	 * The '<em><b>COLON</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLON_VALUE
	 * @generated
	 * @ordered
	 */
	COLON(2, "COLON", "COLON"),

	/**
	 * The '<em><b>COMAYAGUA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMAYAGUA_VALUE
	 * @generated
	 * @ordered
	 */
	COMAYAGUA(3, "COMAYAGUA", "COMAYAGUA"),

	/**
	 * The '<em><b>COPAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPAN_VALUE
	 * @generated
	 * @ordered
	 */
	COPAN(4, "COPAN", "COPAN"),

	/**
	 * The '<em><b>CORTES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTES_VALUE
	 * @generated
	 * @ordered
	 */
	CORTES(5, "CORTES", "CORTES"),

	/**
	 * The '<em><b>EL PARAISO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EL_PARAISO_VALUE
	 * @generated
	 * @ordered
	 */
	EL_PARAISO(6, "EL_PARAISO", "EL_PARAISO"),

	/**
	 * The '<em><b>FRANCISCO MORAZAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRANCISCO_MORAZAN_VALUE
	 * @generated
	 * @ordered
	 */
	FRANCISCO_MORAZAN(7, "FRANCISCO_MORAZAN", "FRANCISCO_MORAZAN"),

	/**
	 * The '<em><b>GRACIAS ADIOS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRACIAS_ADIOS_VALUE
	 * @generated
	 * @ordered
	 */
	GRACIAS_ADIOS(8, "GRACIAS_A_DIOS", "GRACIAS_A_DIOS"),

	/**
	 * The '<em><b>INTIBUCA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTIBUCA_VALUE
	 * @generated
	 * @ordered
	 */
	INTIBUCA(9, "INTIBUCA", "INTIBUCA"),

	/**
	 * The '<em><b>ISLAS DE LA BAHIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISLAS_DE_LA_BAHIA_VALUE
	 * @generated
	 * @ordered
	 */
	ISLAS_DE_LA_BAHIA(10, "ISLAS_DE_LA_BAHIA", "ISLAS_DE_LA_BAHIA"),

	/**
	 * The '<em><b>LA PAZ</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LA_PAZ_VALUE
	 * @generated
	 * @ordered
	 */
	LA_PAZ(11, "LA_PAZ", "LA_PAZ"),

	/**
	 * The '<em><b>LEMPIRA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEMPIRA_VALUE
	 * @generated
	 * @ordered
	 */
	LEMPIRA(12, "LEMPIRA", "LEMPIRA"),

	/**
	 * The '<em><b>OCOTEPEQUE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OCOTEPEQUE_VALUE
	 * @generated
	 * @ordered
	 */
	OCOTEPEQUE(13, "OCOTEPEQUE", "OCOTEPEQUE"),

	/**
	 * The '<em><b>OLANCHO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OLANCHO_VALUE
	 * @generated
	 * @ordered
	 */
	OLANCHO(14, "OLANCHO", "OLANCHO"),

	/**
	 * The '<em><b>SANTA BARBARA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SANTA_BARBARA_VALUE
	 * @generated
	 * @ordered
	 */
	SANTA_BARBARA(15, "SANTA_BARBARA", "SANTA_BARBARA"),

	/**
	 * The '<em><b>VALLE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALLE_VALUE
	 * @generated
	 * @ordered
	 */
	VALLE(16, "VALLE", "VALLE"),

	/**
	 * The '<em><b>YORO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YORO_VALUE
	 * @generated
	 * @ordered
	 */
	YORO(17, "YORO", "YORO");

	/**
	 * The '<em><b>ATLANTIDA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATLANTIDA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ATLANTIDA_VALUE = 0;

	/**
	 * The '<em><b>CHOLUTECA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CHOLUTECA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CHOLUTECA_VALUE = 1;

	/**
	 * The '<em><b>COLON</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COLON
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COLON_VALUE = 2;

	/**
	 * The '<em><b>COMAYAGUA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMAYAGUA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMAYAGUA_VALUE = 3;

	/**
	 * The '<em><b>COPAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COPAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COPAN_VALUE = 4;

	/**
	 * The '<em><b>CORTES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CORTES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CORTES_VALUE = 5;

	/**
	 * The '<em><b>EL PARAISO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EL_PARAISO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EL_PARAISO_VALUE = 6;

	/**
	 * The '<em><b>FRANCISCO MORAZAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FRANCISCO_MORAZAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FRANCISCO_MORAZAN_VALUE = 7;

	/**
	 * The '<em><b>GRACIAS ADIOS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GRACIAS_ADIOS
	 * @model name="GRACIAS_A_DIOS"
	 * @generated
	 * @ordered
	 */
	public static final int GRACIAS_ADIOS_VALUE = 8;

	/**
	 * The '<em><b>INTIBUCA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTIBUCA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INTIBUCA_VALUE = 9;

	/**
	 * The '<em><b>ISLAS DE LA BAHIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISLAS_DE_LA_BAHIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ISLAS_DE_LA_BAHIA_VALUE = 10;

	/**
	 * The '<em><b>LA PAZ</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LA_PAZ
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LA_PAZ_VALUE = 11;

	/**
	 * The '<em><b>LEMPIRA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEMPIRA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEMPIRA_VALUE = 12;

	/**
	 * The '<em><b>OCOTEPEQUE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OCOTEPEQUE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OCOTEPEQUE_VALUE = 13;

	/**
	 * The '<em><b>OLANCHO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OLANCHO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OLANCHO_VALUE = 14;

	/**
	 * The '<em><b>SANTA BARBARA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SANTA_BARBARA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SANTA_BARBARA_VALUE = 15;

	/**
	 * The '<em><b>VALLE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VALLE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VALLE_VALUE = 16;

	/**
	 * The '<em><b>YORO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YORO
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YORO_VALUE = 17;

	/**
	 * An array of all the '<em><b>Department</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Department[] VALUES_ARRAY =
		new Department[] {
			ATLANTIDA,
			CHOLUTECA,
			COLON,
			COMAYAGUA,
			COPAN,
			CORTES,
			EL_PARAISO,
			FRANCISCO_MORAZAN,
			GRACIAS_ADIOS,
			INTIBUCA,
			ISLAS_DE_LA_BAHIA,
			LA_PAZ,
			LEMPIRA,
			OCOTEPEQUE,
			OLANCHO,
			SANTA_BARBARA,
			VALLE,
			YORO,
		};

	/**
	 * A public read-only list of all the '<em><b>Department</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Department> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Department</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Department get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Department result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Department</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Department getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Department result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Department</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Department get(int value) {
		switch (value) {
			case ATLANTIDA_VALUE: return ATLANTIDA;
			case CHOLUTECA_VALUE: return CHOLUTECA;
			case COLON_VALUE: return COLON;
			case COMAYAGUA_VALUE: return COMAYAGUA;
			case COPAN_VALUE: return COPAN;
			case CORTES_VALUE: return CORTES;
			case EL_PARAISO_VALUE: return EL_PARAISO;
			case FRANCISCO_MORAZAN_VALUE: return FRANCISCO_MORAZAN;
			case GRACIAS_ADIOS_VALUE: return GRACIAS_ADIOS;
			case INTIBUCA_VALUE: return INTIBUCA;
			case ISLAS_DE_LA_BAHIA_VALUE: return ISLAS_DE_LA_BAHIA;
			case LA_PAZ_VALUE: return LA_PAZ;
			case LEMPIRA_VALUE: return LEMPIRA;
			case OCOTEPEQUE_VALUE: return OCOTEPEQUE;
			case OLANCHO_VALUE: return OLANCHO;
			case SANTA_BARBARA_VALUE: return SANTA_BARBARA;
			case VALLE_VALUE: return VALLE;
			case YORO_VALUE: return YORO;
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
	private Department(int value, String name, String literal) {
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
	
} //Department
