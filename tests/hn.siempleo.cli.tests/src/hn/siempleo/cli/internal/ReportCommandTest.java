// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.ModelService;
import hn.siempleo.reports.ReportService;

/** {@code siempleo report}: exit codes and messages for each way it can end. */
class ReportCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private ModelService models;
	private ReportService reports;
	private Path dataSet;

	@BeforeEach
	void setUp() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportCommandTest.class).getBundleContext();
		models = context.getService(context.getServiceReference(ModelService.class));
		reports = context.getService(context.getServiceReference(ReportService.class));
		dataSet = Path.of(models.installShippedDataSet(folder).toFileString());
	}

	private int run(String... args) {
		return new ReportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), models, reports);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void writesThePdfOfADesign() throws Exception {
		Path pdf = folder.resolve("presupuesto.pdf");
		assertEquals(ReportCommand.OK, run("--design", "budget", "--model", dataSet.toString(), "--format", "pdf", "--out",
				pdf.toString(), "--param", "budgetYear=2025"), errors());
		assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, StandardCharsets.ISO_8859_1));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Informe escrito en"));
	}

	@Test
	void theFormatFollowsTheFileNameWhenNotGiven() throws Exception {
		Path docx = folder.resolve("cobertura.docx");
		assertEquals(ReportCommand.OK, run("--design", "coverage", "--model", dataSet.toString(), "--out", docx.toString()),
				errors());
		assertEquals("PK", new String(Files.readAllBytes(docx), 0, 2, StandardCharsets.ISO_8859_1));
	}

	@Test
	void aReportIsNeverWrittenOverTheModelOrAnotherModel() throws Exception {
		byte[] before = Files.readAllBytes(dataSet);
		Path sub = Files.createDirectories(folder.resolve("sub"));
		Path symlink = Files.createSymbolicLink(folder.resolve("enlace.pdf"), dataSet);
		Path hardlink = Files.createLink(folder.resolve("duro.pdf"), dataSet);
		Path other = folder.resolve("otro.siempleo");
		Files.copy(dataSet, other);
		for (String target : new String[] { dataSet.toString(), sub + "/../" + dataSet.getFileName(), symlink.toString(),
				hardlink.toString(), other.toString() }) {
			err.reset();
			assertEquals(ReportCommand.USAGE, run("--design", "plan", "--model", dataSet.toString(), "--format", "pdf",
					"--out", target), target);
			assertTrue(errors().contains("No se escribe"), errors());
		}
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dataSet)), "the model is unchanged");
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(other)), "the other model is unchanged");
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
	}

	@Test
	void aFailedRenderLeavesNoHalfFile() throws Exception {
		Path pdf = folder.resolve("plan.pdf");
		Files.writeString(pdf, "anterior");
		assertEquals(ReportCommand.BAD_PARAMETER, run("--design", "budget", "--model", dataSet.toString(), "--out",
				pdf.toString(), "--param", "budgetYear=dos mil"));
		assertEquals("anterior", Files.readString(pdf));
		try (var files = Files.list(folder)) {
			assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
	}

	@Test
	void anUnknownDesignGivesCodeFour() {
		assertEquals(ReportCommand.UNKNOWN_DESIGN,
				run("--design", "nomina", "--model", dataSet.toString(), "--out", folder.resolve("x.pdf").toString()));
		assertTrue(errors().contains("No existe el informe «nomina»") && errors().contains("plan, budget"), errors());
	}

	@Test
	void aBadParameterGivesCodeFive() {
		assertEquals(ReportCommand.BAD_PARAMETER, run("--design", "plan", "--model", dataSet.toString(), "--out",
				folder.resolve("x.pdf").toString(), "--param", "axis=EJE7"));
		assertTrue(errors().contains("«EJE7» no es un valor válido para «Eje»"), errors());
		assertFalse(Files.exists(folder.resolve("x.pdf")));
	}

	@Test
	void aBrokenModelGivesCodeThree() throws Exception {
		Path broken = folder.resolve("roto.siempleo");
		String text = Files.readString(dataSet);
		Files.writeString(broken, text.substring(0, text.length() / 2));
		assertEquals(ReportCommand.LOAD_FAILED,
				run("--design", "plan", "--model", broken.toString(), "--out", folder.resolve("x.pdf").toString()));
		assertTrue(errors().contains("roto.siempleo") || errors().contains("línea"), errors());
	}

	@Test
	void wrongArgumentsGiveUsage() {
		assertEquals(ReportCommand.USAGE, run());
		assertEquals(ReportCommand.USAGE, run("--design", "plan", "--model", dataSet.toString(), "--out", "x.pdf", "--format", "xlsx"));
		assertEquals(ReportCommand.USAGE, run("--design", "plan", "--param", "sinigual"));
		assertTrue(errors().contains("Uso: siempleo report"), errors());
	}

	@Test
	void bothApplicationsAreRegistered() {
		for (String id : List.of("hn.siempleo.cli.validate", "hn.siempleo.cli.report")) {
			assertTrue(RegistryFactory.getRegistry().getExtension("org.eclipse.core.runtime.applications", id) != null, id);
		}
	}

	@Test
	void listsTheCatalogue() {
		assertEquals(ReportCommand.OK, run("--list"));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("referrals\tDerivaciones interinstitucionales"), printed);
		assertTrue(printed.contains("--param period="), printed);
	}
}
