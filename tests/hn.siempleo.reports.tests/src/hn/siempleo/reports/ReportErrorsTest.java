// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.reports.ReportException.Reason;

/** What the service refuses, and how it says so (in Spanish, naming the design or parameter). */
class ReportErrorsTest {

	@TempDir
	static Path folder;

	private static ReportData data;

	@BeforeAll
	static void exportShippedDataSet() throws Exception {
		data = ReportFixture.reports().exportData(ReportFixture.shippedModel(folder).workspace(), ReportFixture.AS_OF);
	}

	@AfterAll
	static void deleteData() {
		data.close();
	}

	private static ReportException refused(String design, Map<String, String> parameters) {
		Path output = folder.resolve("refused.pdf");
		ReportException e = assertThrows(ReportException.class, () -> ReportFixture.reports().render(design, data,
				ReportFormat.PDF, parameters, output, new NullProgressMonitor()));
		assertFalse(Files.exists(output), "nothing is written when a report is refused");
		return e;
	}

	@Test
	void anUnknownDesignIsNamedWithTheAvailableOnes() {
		ReportException e = refused("presupuesto", Map.of());
		assertEquals(Reason.UNKNOWN_DESIGN, e.reason());
		assertTrue(e.getMessage().contains("No existe el informe «presupuesto»"), e.getMessage());
		assertTrue(e.getMessage().contains("budget"), e.getMessage());
	}

	@Test
	void anUnknownParameterIsRefused() {
		ReportException e = refused("plan", Map.of("oficina", "OF-01"));
		assertEquals(Reason.BAD_PARAMETER, e.reason());
		assertTrue(e.getMessage().contains("«oficina»") && e.getMessage().contains("axis, budgetYear"), e.getMessage());
	}

	@Test
	void aYearMustBeAWholeNumber() {
		ReportException e = refused("budget", Map.of("budgetYear", "dos mil"));
		assertEquals(Reason.BAD_PARAMETER, e.reason());
		assertTrue(e.getMessage().contains("Año presupuestario") && e.getMessage().contains("número entero"), e.getMessage());
	}

	@Test
	void aCodeMustBeOneOfTheModels() {
		ReportException e = refused("plan", Map.of("axis", "EJE9"));
		assertEquals(Reason.BAD_PARAMETER, e.reason());
		assertTrue(e.getMessage().contains("«EJE9» no es un valor válido para «Eje»"), e.getMessage());
		assertTrue(e.getMessage().contains("EJE1, EJE2, EJE3"), e.getMessage());
	}

	@Test
	void aCancelledRenderStopsAndWritesNothing() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		Path output = folder.resolve("cancelled.pdf");
		ReportException e = assertThrows(ReportException.class,
				() -> ReportFixture.reports().render("plan", data, ReportFormat.PDF, Map.of(), output, monitor));
		assertEquals(Reason.CANCELLED, e.reason());
		assertFalse(Files.exists(output));
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
	}

	@Test
	void aModelIsNeededForData() {
		ReportException e = assertThrows(ReportException.class,
				() -> ReportFixture.reports().exportData(null, ReportFixture.AS_OF));
		assertEquals(Reason.BAD_MODEL, e.reason());
	}
}
