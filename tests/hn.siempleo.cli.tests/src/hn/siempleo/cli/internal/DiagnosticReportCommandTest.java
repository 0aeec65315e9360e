// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.ModelService;
import hn.siempleo.core.OpenModel;
import hn.siempleo.diagnostic.DiagnosticCommands;
import hn.siempleo.reports.ReportService;

/** {@code siempleo report --design diagnostic --param baseline=…} headless, on a model with a follow-up. */
class DiagnosticReportCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private ModelService models;
	private ReportService reports;
	private Path withFollowUp;

	@BeforeEach
	void aModelWithAFollowUp() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(DiagnosticReportCommandTest.class).getBundleContext();
		models = context.getService(context.getServiceReference(ModelService.class));
		reports = context.getService(context.getServiceReference(ReportService.class));
		OpenModel model = models.open(models.installShippedDataSet(folder), new NullProgressMonitor());
		model.commandStack().execute(DiagnosticCommands.followUp(model.editingDomain(),
				model.workspace().getDiagnostics().get(0), "DX-2025-NAC", "Seguimiento 2025", LocalDate.of(2025, 9, 15)));
		withFollowUp = folder.resolve("seguimiento.siempleo");
		models.saveAs(model, URI.createFileURI(withFollowUp.toString()), new NullProgressMonitor());
	}

	private int run(String... args) {
		return new ReportCommand(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), models, reports);
	}

	@Test
	void theDiagnosticReportTakesABaseline() throws Exception {
		Path pdf = folder.resolve("diagnostico.pdf");
		assertEquals(ReportCommand.OK, run("--design", "diagnostic", "--model", withFollowUp.toString(), "--out",
				pdf.toString(), "--param", "baseline=DX-2023-NAC"), err.toString(StandardCharsets.UTF_8));
		assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.ISO_8859_1));
	}

	@Test
	void aBaselineThatIsNotADiagnosticGivesCodeFive() {
		assertEquals(ReportCommand.BAD_PARAMETER, run("--design", "diagnostic", "--model", withFollowUp.toString(),
				"--out", folder.resolve("x.pdf").toString(), "--param", "baseline=DX-1999"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("DX-2023-NAC"), "the message lists the diagnostics");
	}
}
