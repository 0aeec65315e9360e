// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.ui.problems.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.Action;
import hn.siempleo.model.SiempleoFactory;

/** A validation result split into the Problemas groups: errors first, info counted as warnings, OK left out. */
class FindingsTest {

	private final Action action = SiempleoFactory.eINSTANCE.createAction();

	FindingsTest() {
		action.setCode("AC-12");
	}

	@Test
	void errorsComeFirstAndInfoCountsAsWarning() {
		BasicDiagnostic result = new BasicDiagnostic();
		result.add(new BasicDiagnostic(Diagnostic.WARNING, "otro", 0, "sin responsable", new Object[] { action }));
		result.add(new BasicDiagnostic(Diagnostic.OK, "otro", 0, "bien", new Object[] { action }));
		result.add(new BasicDiagnostic(Diagnostic.ERROR, "otro", 0, "avance fuera de rango", new Object[] { action }));
		result.add(new BasicDiagnostic(Diagnostic.INFO, "otro", 0, "nota", new Object[0]));

		Findings findings = Findings.of(result);
		assertEquals(1, findings.errorCount());
		assertEquals(2, findings.warningCount());
		List<FindingGroup> groups = findings.groups();
		assertEquals(List.of(true, false), groups.stream().map(FindingGroup::error).toList());
		Finding error = groups.get(0).findings().get(0);
		assertEquals("avance fuera de rango", error.message());
		assertSame(action, error.element());
		assertEquals("Acción AC-12", error.elementLabel());
		assertEquals(List.of("sin responsable", "nota"),
				groups.get(1).findings().stream().map(Finding::message).toList());
		assertNull(groups.get(1).findings().get(1).element(), "a finding without element");
	}

	@Test
	void noFindingsNoGroups() {
		assertEquals(List.of(), Findings.of(new BasicDiagnostic()).groups());
		assertEquals(0, Findings.none().errorCount());
	}
}
