// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import hn.siempleo.model.Workspace;

/**
 * The report data written for one design (what the workbench and the CLI render from) holds only the sections
 * that design reads, and makes the same report as the data of every section; it serves that design only.
 */
class DesignDataTest {

	static java.util.stream.Stream<String> shipped() {
		return ShippedDesignsRenderTest.SHIPPED.stream();
	}

	@TempDir
	static Path folder;

	private static Workspace model;
	private static ReportData whole;

	@BeforeAll
	static void exportEverySection() throws Exception {
		model = ReportFixture.shippedModel(folder).workspace();
		whole = ReportFixture.reports().exportData(model, ReportFixture.AS_OF);
	}

	@AfterAll
	static void deleteData() {
		whole.close();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("shipped")
	void theDataOfOneDesignMakesTheSameReport(String id) throws Exception {
		ReportService reports = ReportFixture.reports();
		Path fromWhole = folder.resolve(id + "-whole.pdf");
		Path fromOwn = folder.resolve(id + "-own.pdf");
		reports.render(id, whole, ReportFormat.PDF, Map.of(), fromWhole, new NullProgressMonitor());
		try (ReportData own = reports.exportData(model, ReportFixture.AS_OF, id)) {
			assertEquals(id, own.design().orElseThrow());
			assertTrue(Files.size(own.file()) <= Files.size(whole.file()));
			reports.render(id, own, ReportFormat.PDF, Map.of(), fromOwn, new NullProgressMonitor());
		}
		assertEquals(ReportFixture.pdfText(fromWhole), ReportFixture.pdfText(fromOwn), id);
	}

	@Test
	void thePlansDataLeavesOutWhatThePlanReportDoesNotRead() throws Exception {
		try (ReportData plan = ReportFixture.reports().exportData(model, ReportFixture.AS_OF, "plan")) {
			String xml = Files.readString(plan.file(), StandardCharsets.UTF_8);
			assertTrue(xml.contains("<actions>"), "the plan report reads the actions");
			assertFalse(xml.contains("<results>"), "the plan report does not read the results");
			assertFalse(xml.contains("<referrals>"), "the plan report does not read the referrals");
			assertTrue(Files.size(plan.file()) < Files.size(whole.file()));
			assertTrue(whole.design().isEmpty());
		}
	}

	@Test
	void servesItsDesignOnly() throws Exception {
		ReportService reports = ReportFixture.reports();
		try (ReportData plan = reports.exportData(model, ReportFixture.AS_OF, "plan")) {
			ReportException refused = assertThrows(ReportException.class, () -> reports.render("results", plan,
					ReportFormat.PDF, Map.of(), folder.resolve("results.pdf"), new NullProgressMonitor()));
			assertEquals(ReportException.Reason.BAD_PARAMETER, refused.reason());
			assertTrue(refused.getMessage().contains("«plan»") && refused.getMessage().contains("«results»"),
					refused.getMessage());
			assertFalse(Files.exists(folder.resolve("results.pdf")));
		}
		ReportException unknown = assertThrows(ReportException.class,
				() -> reports.exportData(model, ReportFixture.AS_OF, "no-existe"));
		assertEquals(ReportException.Reason.UNKNOWN_DESIGN, unknown.reason());
	}
}
