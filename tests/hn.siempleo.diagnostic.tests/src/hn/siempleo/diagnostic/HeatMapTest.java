// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.diagnostic.fixtures.ShippedDiagnostic;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.Dimension;
import hn.siempleo.model.Office;

/** The office × dimension heat map of the shipped national scan. */
class HeatMapTest {

	@TempDir
	Path folder;
	private ShippedDiagnostic shipped;
	private Diagnostic national;

	@BeforeEach
	void open() throws Exception {
		shipped = ShippedDiagnostic.open(folder);
		national = shipped.national();
	}

	@Test
	void everyOfficeHasAScoreForEveryDimension() {
		HeatMap map = HeatMap.of(national);
		assertEquals(17, map.offices().size());
		assertEquals(4, map.dimensions().size());
		for (Office office : map.offices()) {
			for (Dimension dimension : map.dimensions()) {
				double value = map.score(office, dimension).value();
				assertTrue(value >= 1 && value <= 4, office.getCode() + " " + dimension.getCode());
			}
		}
	}

	@Test
	void aCellIsTheDimensionScoreOfTheOfficeScan() {
		HeatMap map = HeatMap.of(national);
		Office roatan = office("OF-17");
		Dimension governance = map.dimensions().get(0);
		assertEquals(1.0, map.score(roatan, governance).value(), 1e-9, "the closed office scored Inicial everywhere");
		Diagnostic scan = map.scanOf(office("OF-02"));
		assertEquals(DiagnosticFigures.of(scan, 3).score(governance), map.score(office("OF-02"), governance));
	}

	@Test
	void anOfficeWithoutScanHasAnEmptyRow() {
		Office roatan = office("OF-17");
		national.getOfficeScans().remove(HeatMap.of(national).scanOf(roatan));
		HeatMap map = HeatMap.of(national);
		assertNull(map.scanOf(roatan));
		assertTrue(map.score(roatan, map.dimensions().get(0)).isEmpty());
		assertTrue(map.overall(roatan).isEmpty());
		assertEquals(17, map.offices().size(), "the row stays");
	}

	private Office office(String code) {
		return shipped.workspace().getOffices().stream().filter(o -> code.equals(o.getCode())).findFirst().orElseThrow();
	}
}
