// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.core.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a planner types in a save dialog ends with the format's extension exactly once. */
class FileNamesTest {

	@Test
	void theExtensionIsAddedOnceAndNeverDoubled() {
		assertEquals("plan.xlsx", FileNames.withExtension("plan.xlsx", "xlsx"));
		assertEquals("plan.xlsx", FileNames.withExtension("plan", "xlsx"));
		assertEquals("/tmp/plan.xlsx", FileNames.withExtension("/tmp/plan.xlsx.xlsx", "xlsx"));
		assertEquals("Plan.XLSX", FileNames.withExtension("Plan.XLSX", "xlsx"));
		assertEquals("plan.XLSX", FileNames.withExtension("plan.XLSX.xlsx", "xlsx"));
		assertEquals("informe.pdf.xlsx", FileNames.withExtension("informe.pdf", "xlsx"));
		assertEquals("a.pdf", FileNames.withExtension("a.pdf.pdf.pdf", "pdf"));
	}
}
