// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Office;
import hn.siempleo.model.PolicyAxis;
import hn.siempleo.model.SiempleoFactory;

/** Column values as text, the same in the grid, its filters and the Excel files; folding for search. */
class ActionLabelsTest {

	@Test
	void datesAndMoneyAsTheFormatsWriteThem() {
		assertEquals("05/03/2025", ActionLabels.text(LocalDate.of(2025, 3, 5)));
		assertEquals("L 1,250,000.50", ActionLabels.text(new BigDecimal("1250000.5")));
		assertEquals("L 0.00", ActionLabels.text(BigDecimal.ZERO));
	}

	@Test
	void literalsByTheirSpanishName() {
		assertEquals("En proceso", ActionLabels.text(ActionStatus.IN_PROGRESS));
		assertEquals("No iniciada", ActionLabels.text(ActionStatus.NOT_STARTED));
	}

	@Test
	void codedElementsByCodeAndListsCommaSeparated() {
		PolicyAxis axis = SiempleoFactory.eINSTANCE.createPolicyAxis();
		axis.setCode("EJE2");
		axis.setName("Eje 2");
		Office tegucigalpa = SiempleoFactory.eINSTANCE.createOffice();
		tegucigalpa.setCode("OF-01");
		Office uncoded = SiempleoFactory.eINSTANCE.createOffice();
		assertEquals("EJE2", ActionLabels.text(axis));
		assertEquals("", ActionLabels.text(uncoded));
		assertEquals("OF-01, ", ActionLabels.text(List.of(tegucigalpa, uncoded)));
		assertEquals("", ActionLabels.text(List.of()));
	}

	@Test
	void nullIsEmptyAndOtherValuesAsTheyPrint() {
		assertEquals("", ActionLabels.text(null));
		assertEquals("texto", ActionLabels.text("texto"));
		assertEquals("3", ActionLabels.text(3));
	}

	@ParameterizedTest(name = "«{0}» → «{1}»")
	@CsvSource(delimiter = '|', value = {
			"'  Gestión '       | gestion",
			"ÁRBOL ÑANDÚ        | arbol nandu",
			"Pingüino           | pinguino",
			"plain ascii        | plain ascii",
			"'Año\u00a0nuevo'   | ano nuevo",
			"ÇÀÊÏÕ              | caeio" })
	void foldingDropsCaseAccentsAndSurroundingBlanks(String text, String folded) {
		assertEquals(folded, ActionLabels.fold(text));
	}

	@Test
	void foldingNullIsEmpty() {
		assertEquals("", ActionLabels.fold(null));
	}
}
