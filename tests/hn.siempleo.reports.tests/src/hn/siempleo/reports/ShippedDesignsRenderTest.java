// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped design renders from the shipped data set in every format, with its title and no error. */
class ShippedDesignsRenderTest {

	static final List<String> SHIPPED = List.of("plan", "budget", "calendar", "diagnostic", "coverage", "referrals",
			"results");

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

	static Stream<Arguments> designsAndFormats() {
		return SHIPPED.stream().flatMap(id -> Stream.of(ReportFormat.values()).map(format -> Arguments.of(id, format)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("designsAndFormats")
	void rendersWithItsTitle(String id, ReportFormat format) throws Exception {
		ReportService reports = ReportFixture.reports();
		ReportDesign design = reports.design(id).orElseThrow();
		Path output = ReportFixture.outputFolder().resolve(id + "." + format.id());
		reports.render(id, data, format, Map.of(), output, new NullProgressMonitor());
		assertTrue(Files.size(output) > 1000, output + " is too small");
		String text = switch (format) {
		case PDF -> ReportFixture.pdfText(output);
		case HTML -> Files.readString(output, StandardCharsets.UTF_8);
		case DOCX -> docxText(output);
		};
		assertTrue(text.contains(design.name()), "the title «" + design.name() + "» is missing from " + output);
		assertTrue(text.contains("Sí Empleo 2024"), "the model name is missing from " + output);
		if (format == ReportFormat.HTML) {
			// PNG, or JPEG where a design says so (the plan's logo and charts)
			assertTrue(text.contains("src=\"data:image/png;base64,") || text.contains("src=\"data:image/jpeg;base64,/9j/"),
					"the images are not embedded in " + output);
		}
		try (Stream<Path> left = Files.list(output.getParent())) {
			assertEquals(0, left.filter(p -> p.getFileName().toString().endsWith(".tmp")).count(), "temporary files left");
		}
	}

	static String docxText(Path docx) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(docx))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().equals("word/document.xml")) {
					return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		return fail("word/document.xml is missing from " + docx);
	}
}
