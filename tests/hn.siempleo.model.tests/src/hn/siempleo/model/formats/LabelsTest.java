// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.Office;
import hn.siempleo.model.SiempleoFactory;
import hn.siempleo.model.text.Labels;

/** Element labels where the kind is already shown beside them (a folder, a field, a heading). */
class LabelsTest {

	@Test
	void theKindIsLeftOutOnlyWhenTheLabelStartsWithItAndHasMore() { // the tests run with -nl es_HN
		Office office = SiempleoFactory.eINSTANCE.createOffice();
		assertEquals("Oficina", Labels.kind(office));
		assertEquals("Oficina Central Tegucigalpa", Labels.withoutKind(office, "Oficina Oficina Central Tegucigalpa"));
		assertEquals("Oficina", Labels.withoutKind(office, "Oficina"), "only the kind: kept");
		assertEquals("Oficina ", Labels.withoutKind(office, "Oficina "), "nothing after the kind: kept");
		assertEquals("Oficinas del norte", Labels.withoutKind(office, "Oficinas del norte"), "not the kind and a space");
		assertEquals("OF-01", Labels.withoutKind(office, "OF-01"));
		assertNull(Labels.withoutKind(office, null));
	}
}
