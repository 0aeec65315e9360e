// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.reports.ReportData;
import hn.siempleo.reports.ReportFixture;
import hn.siempleo.reports.ReportFormat;
import hn.siempleo.reports.ReportService;

/**
 * The background preparation: every design of the catalogue compiled once and kept, no file left behind, and
 * renders afterwards reuse the compiled designs instead of reading them again.
 */
class PreparedReportsTest {

	@TempDir
	Path folder;

	@Test
	void prepareCompilesEveryDesignOnceAndRendersReuseThem() throws Exception {
		ReportService service = ReportFixture.reports();
		BirtReportService reports = (BirtReportService) service;
		Path temp = Path.of(System.getProperty("java.io.tmpdir"));
		long leftBefore = countPrepareFiles(temp);
		reports.prepare(new NullProgressMonitor());
		int opened = reports.designsOpened();
		assertTrue(opened >= reports.designs().size(), opened + " opened for " + reports.designs().size() + " designs");
		assertEquals(leftBefore, countPrepareFiles(temp), "the warm-up render leaves no file");
		String self = FrameworkUtil.getBundle(BirtReportService.class).getSymbolicName();
		long own = reports.designs().stream().filter(design -> self.equals(design.contributor())).count();
		assertTrue(own >= 6, own + " designs of the reports bundle");
		assertEquals(own, reports.warmUpRenders(), "every design of the reports bundle rendered on the sample data");

		reports.prepare(new NullProgressMonitor());
		assertEquals(opened, reports.designsOpened(), "a second preparation compiles nothing again");

		try (ReportData data = reports.exportData(ReportFixture.shippedModel(folder).workspace(), ReportFixture.AS_OF)) {
			for (String id : new String[] { "plan", "budget", "plan" }) {
				Path pdf = folder.resolve(id + ".pdf");
				reports.render(id, data, ReportFormat.PDF, Map.of(), pdf, new NullProgressMonitor());
				assertTrue(Files.size(pdf) > 1000, id);
				assertTrue(ReportFixture.pdfText(pdf).length() > 100, id);
			}
		}
		assertEquals(opened, reports.designsOpened(), "renders after the preparation use the compiled designs");
		assertFalse(Files.exists(folder.resolve("plan.pdf.tmp")));
	}

	private static long countPrepareFiles(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().startsWith("siempleo-prepare-")).count();
		}
	}
}
