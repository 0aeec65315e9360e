// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import hn.siempleo.core.ModelService;

class ValidateCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private ModelService service;
	private Path dataSet;

	@BeforeEach
	void setUp() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ModelService.class).getBundleContext();
		service = context.getService(context.getServiceReference(ModelService.class));
		dataSet = Path.of(service.installShippedDataSet(folder).toFileString());
	}

	private int run(String... args) {
		return new ValidateCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args), service);
	}

	@Test
	void theShippedDataSetHasWarningsButNoErrors() {
		assertEquals(ValidateCommand.OK, run(dataSet.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("AVISO\tAcción AC-"), printed);
		assertTrue(printed.contains("action.cost"), printed);
		assertTrue(printed.contains("si-empleo-2024.siempleo: 0 errores"), printed);
	}

	@Test
	void anErrorGivesExitCodeOneAndNamesElementAndRule() throws Exception {
		String text = Files.readString(dataSet).replaceFirst("progress=\"\\d+\"", "progress=\"150\"");
		Path broken = folder.resolve("roto.siempleo");
		Files.writeString(broken, text);
		assertEquals(ValidateCommand.ERRORS, run(broken.toString()));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.lines().anyMatch(l -> l.startsWith("ERROR\tAcción ") && l.contains("\taction.progressRange\t")), printed);
	}

	@Test
	void aFileThatCannotBeLoadedGivesExitCodeThree() throws Exception {
		assertEquals(ValidateCommand.LOAD_FAILED, run(folder.resolve("no-existe.siempleo").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("No se encuentra el archivo"));
	}

	@Test
	void wrongArgumentsGiveUsage() {
		assertEquals(ValidateCommand.USAGE, run());
		assertEquals(ValidateCommand.USAGE, run("--todo", dataSet.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("Uso: siempleo validate"));
	}
}
