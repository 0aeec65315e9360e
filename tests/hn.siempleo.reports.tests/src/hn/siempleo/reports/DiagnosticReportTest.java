// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.model.Assessment;
import hn.siempleo.model.Diagnostic;
import hn.siempleo.model.MaturityLevel;

/**
 * The diagnostic report compares the latest diagnostic with its baseline (its own, or the one the parameter names)
 * and shows the heat map of its office scans; the figures are the editor's (hn.siempleo.diagnostic).
 */
class DiagnosticReportTest {

	@TempDir
	Path folder;

	private OpenModel model;
	private Diagnostic national;

	@BeforeEach
	void open() throws Exception {
		model = ReportFixture.shippedModel(folder);
		national = model.workspace().getDiagnostics().get(0);
	}

	@Test
	void aFollowUpIsComparedWithItsBaselineAndShowsTheHeatMap() throws Exception {
		startFollowUp();
		String text = render(Map.of());
		assertTrue(text.contains("Comparación con la línea base"), text);
		// Gobernanza: G3 from 1 to 3 moves the mean of four criteria by 0.50
		assertTrue(text.contains("Gobernanza DX-2023-NAC 2.25 2.75 +0.50 mejor"), text);
		assertTrue(text.contains("Organización de servicios DX-2023-NAC 1.40 1.40 igual"), text);
		assertTrue(text.contains("General DX-2023-NAC 1.66 1.79 +0.13 mejor"), text);
		assertTrue(text.contains("Mapa de calor: oficinas por dimensión"), text);
		assertTrue(text.contains("OF-17 Oficina Roatán 1.00 1.00 1.00 1.00 1.00"), "the closed office, all Inicial: " + text);
		assertEquals(text, render(Map.of("baseline", "DX-2023-NAC")), "the parameter names the same baseline");
	}

	@Test
	void withoutABaselineTheComparisonIsEmpty() throws Exception {
		String text = render(Map.of());
		assertTrue(text.contains("Comparación con la línea base"), text);
		assertFalse(text.contains(" mejor"), text);
		assertFalse(text.contains(" igual"), text);
		assertTrue(text.contains("OF-01 Oficina Central Tegucigalpa"), "the 2023 national scan's heat map: " + text);
	}

	@Test
	void anUnknownBaselineIsRefused() throws Exception {
		ReportData data = ReportFixture.reports().exportData(model.workspace(), ReportFixture.AS_OF);
		try {
			ReportException refused = assertThrows(ReportException.class, () -> ReportFixture.reports().render(
					"diagnostic", data, ReportFormat.PDF, Map.of("baseline", "DX-1999"), folder.resolve("x.pdf"),
					new NullProgressMonitor()));
			assertEquals(ReportException.Reason.BAD_PARAMETER, refused.reason());
		} finally {
			data.close();
		}
	}

	private void startFollowUp() {
		Command followUp = DiagnosticCommands.followUp(model.editingDomain(), national, "DX-2025-NAC", "Seguimiento 2025",
				LocalDate.of(2025, 9, 15));
		model.commandStack().execute(followUp);
		Diagnostic created = (Diagnostic) followUp.getResult().iterator().next();
		Assessment g3 = created.getAssessments().stream().filter(a -> a.getCriterion().getCode().equals("G3"))
				.findFirst().orElseThrow();
		model.commandStack().execute(DiagnosticCommands.setScore(model.editingDomain(), g3, MaturityLevel.ESTABLISHED));
	}

	private String render(Map<String, String> parameters) throws Exception {
		ReportData data = ReportFixture.reports().exportData(model.workspace(), ReportFixture.AS_OF);
		try {
			Path pdf = folder.resolve("diagnostic" + parameters.hashCode() + ".pdf");
			ReportFixture.reports().render("diagnostic", data, ReportFormat.PDF, parameters, pdf, new NullProgressMonitor());
			return ReportFixture.pdfText(pdf).replace('\n', ' ').replaceAll(" +", " ");
		} finally {
			data.close();
		}
	}
}
