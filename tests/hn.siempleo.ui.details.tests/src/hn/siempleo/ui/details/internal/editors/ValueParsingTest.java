// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.details.internal.editors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers typed in the properties form: the formats accepted, the Spanish reasons for the others. */
class ValueParsingTest {

	@ParameterizedTest(name = "«{0}» = {1}")
	@CsvSource(delimiter = '|', value = {
			"1250000.50    | 1250000.50",
			"1250000,50    | 1250000.50",
			"1.250.000,50  | 1250000.50",
			"1,250,000.50  | 1250000.50",
			"1.250         | 1.250",
			"+7            | 7",
			"-0,5          | -0.5",
			",5            | 0.5",
			"' 1 250 '     | 1250" })
	void decimalsInThePlannersFormats(String text, String expected) {
		ValueParsing.Result result = ValueParsing.parse(text, BigDecimal.class);
		assertNull(result.error(), result.error());
		assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) result.value()), text);
	}

	@Test
	void wholeNumbersOfEachIntegralType() {
		assertEquals(85, ValueParsing.parse("85", int.class).value());
		assertEquals(85, ValueParsing.parse("85,0", Integer.class).value());
		assertEquals(3_000_000_000L, ValueParsing.parse("3.000.000.000", long.class).value());
		assertEquals(BigInteger.TEN, ValueParsing.parse("10", BigInteger.class).value());
		assertEquals(2.5, ValueParsing.parse("2,5", double.class).value());
		assertEquals(2.5f, ValueParsing.parse("2.5", Float.class).value());
	}

	@Test
	void emptyIsNullExceptForPrimitives() {
		assertNull(ValueParsing.parse("  ", Integer.class).value());
		assertNull(ValueParsing.parse("", BigDecimal.class).error());
		assertEquals("Escriba un número; este campo no puede quedar vacío.", ValueParsing.parse("", int.class).error());
	}

	@ParameterizedTest
	@ValueSource(strings = { "doce", "1.2.3", "1,25,000", "12a", "1..5", "--2" })
	void notANumberSaysWhy(String text) {
		assertEquals("«" + text + "» no es un número. Escriba solo cifras, con coma o punto para los decimales "
				+ "(por ejemplo 1250000,50).", ValueParsing.parse(text, BigDecimal.class).error());
	}

	@Test
	void decimalsInAWholeNumberFieldAreRefused() {
		assertEquals("«2,5» no es un número entero; este campo no admite decimales.",
				ValueParsing.parse("2,5", int.class).error());
	}

	@Test
	void outOfRangeIsRefused() {
		assertEquals("«3000000000» está fuera del rango que admite este campo.",
				ValueParsing.parse("3000000000", int.class).error());
		assertTrue(ValueParsing.parse("1" + "0".repeat(400), double.class).error().contains("fuera del rango"));
	}

	@Test
	void numbersAreShownWithoutGroupingAndWithAPoint() {
		assertEquals("", ValueParsing.format(null));
		assertEquals("1250000.50", ValueParsing.format(new BigDecimal("1250000.50")));
		assertEquals("2.5", ValueParsing.format(2.5));
		assertEquals("3", ValueParsing.format(3.0));
		assertEquals("0.1", ValueParsing.format(0.1f));
		assertEquals("85", ValueParsing.format(85));
	}

	@Test
	void supportedTypes() {
		assertTrue(ValueParsing.supports(int.class));
		assertTrue(ValueParsing.supports(BigDecimal.class));
		assertFalse(ValueParsing.supports(String.class));
	}
}
