// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The message files are UTF-8: an accented text must come out intact (the runtime starts with -nl es_HN). */
class MessagesEncodingTest {

	@Test
	void spanishAccentsSurvive() {
		assertEquals("Acción", hn.siempleo.model.text.Labels.kind(hn.siempleo.model.SiempleoPackage.Literals.ACTION));
		assertEquals("Diagnóstico", hn.siempleo.model.text.Labels.kind(hn.siempleo.model.SiempleoPackage.Literals.DIAGNOSTIC));
	}
}
