// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.Indicator;
import hn.siempleo.model.Office;
import hn.siempleo.model.Workspace;
import hn.siempleo.results.Cell;
import hn.siempleo.results.IndicatorResults;
import hn.siempleo.results.Period;
import hn.siempleo.model.text.Formats;
import hn.siempleo.results.ResultLight;

/** The target-vs-actual report prints the model's own results (IndicatorResults), read back with PDFBox. */
class ResultsReportTest {

	@TempDir
	static Path folder;

	private static Workspace model;
	private static ReportData data;

	@BeforeAll
	static void exportShippedDataSet() throws Exception {
		model = ReportFixture.shippedModel(folder).workspace();
		data = ReportFixture.reports().exportData(model, ReportFixture.AS_OF);
	}

	@AfterAll
	static void deleteData() {
		data.close();
	}

	private static String render(Map<String, String> parameters) throws Exception {
		Path pdf = folder.resolve("results" + parameters.hashCode() + ".pdf");
		ReportFixture.reports().render("results", data, ReportFormat.PDF, parameters, pdf, new NullProgressMonitor());
		Files.copy(pdf, ReportFixture.outputFolder().resolve("results" + parameters.hashCode() + ".pdf"),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		return ReportFixture.pdfText(pdf);
	}

	@Test
	void theNationalSummaryCountsTheModelsSemaforosOf2024() throws Exception {
		String text = render(Map.of("year", "2024"));
		int rows = 0;
		int[] lights = new int[ResultLight.values().length];
		for (Indicator indicator : model.getIndicators()) {
			for (Period period : IndicatorResults.periods(indicator)) {
				Cell cell = IndicatorResults.cell(indicator, period, null);
				if (period.year() == 2024 && (cell.actual() != null || cell.target() != null)) {
					rows++;
					lights[cell.light().ordinal()]++;
				}
			}
		}
		String expected = "Filas indicador × periodo: " + rows + " · en meta: " + lights[ResultLight.ON_TARGET.ordinal()]
				+ " · cerca de la meta: " + lights[ResultLight.NEAR_TARGET.ordinal()] + " · fuera de meta: "
				+ lights[ResultLight.OFF_TARGET.ordinal()] + " · sin datos: " + lights[ResultLight.NO_DATA.ordinal()];
		assertTrue(text.replace('\n', ' ').contains(expected), expected + "\n" + text);
		assertTrue(rows > 20, "rows " + rows);
	}

	@Test
	void printsTheNationalValueComputedFromTheOfficesAndOneOfficesValue() throws Exception {
		String text = render(Map.of("year", "2024", "office", "OF-03"));
		Indicator placed = IndicatorResults.byCode(model, "IND-02");
		Period t3 = Period.parse("2024-T3");
		Cell national = IndicatorResults.cell(placed, t3, null);
		Office choloma = model.getOffices().stream().filter(o -> "OF-03".equals(o.getCode())).findFirst().orElseThrow();
		Cell office = IndicatorResults.cell(placed, t3, choloma);
		String nationalRow = "T3 2024 " + Formats.number(national.target()) + " " + Formats.number(national.actual())
				+ " " + Formats.signed(national.gap()) + " " + national.light().label();
		String officeRow = "T3 2024 " + Formats.number(office.target()) + " " + Formats.number(office.actual())
				+ " " + Formats.signed(office.gap()) + " " + office.light().label();
		assertTrue(text.contains(nationalRow), nationalRow + "\n" + text);
		assertTrue(text.contains(officeRow), officeRow + "\n" + text);
		Matcher offices = Pattern.compile("(?m)^OF-\\d\\d ").matcher(text);
		while (offices.find()) {
			assertEquals("OF-03 ", offices.group(), "only the chosen office");
		}
		assertFalse(text.contains("OF-01 Oficina Central"), text);
	}
}
