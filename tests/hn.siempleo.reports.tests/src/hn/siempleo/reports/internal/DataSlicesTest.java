// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** The report data cut down to the sections a design's queries read. */
class DataSlicesTest {

	@TempDir
	Path folder;

	@Test
	void theSectionsOfTheShippedDesignsComeFromTheirQueries() throws Exception {
		assertEquals(Optional.of(Set.of("axes", "lights", "actions")), DataSlices.sections(design("plan")));
		assertEquals(Optional.of(Set.of("plans", "budgetLines", "actions")), DataSlices.sections(design("budget")));
		assertEquals(Optional.of(Set.of("referrals", "flows")), DataSlices.sections(design("referrals")));
	}

	@Test
	void aQueryOutsideTheSectionsOrNoQueryMeansTheWholeFile() {
		String row = "table0#-TNAME-#table0#:#[/siempleo-report/actions/action]#:#{code;STRING;/@code}";
		assertEquals(Optional.of(Set.of("actions")), DataSlices.sections(row));
		assertEquals(Optional.empty(), DataSlices.sections(row + " table1#:#[//action]#:#{code;STRING;/@code}"));
		assertEquals(Optional.empty(), DataSlices.sections(row + " table1#:#[/otro/action]#:#{a;STRING;/@a}"));
		assertEquals(Optional.empty(), DataSlices.sections(row + " table1#:#[/siempleo-report/*/x]#:#{a;STRING;/@a}"));
		assertEquals(Optional.empty(), DataSlices.sections("<report/>"));
		assertEquals(Optional.of(Set.of()), DataSlices.sections("#:#[/siempleo-report]#:#{model;STRING;/@model}"));
	}

	@Test
	void theSliceKeepsTheRootItsAttributesAndTheChosenSectionsOnly() throws Exception {
		Path data = folder.resolve("datos.xml");
		Files.writeString(data, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<siempleo-report model=\"Sí Empleo 2024\" asOf=\"2026-11-26\">\n"
				+ "  <axes><axis code=\"EJE1\" name=\"Ñandú &amp; compañía\"/></axes>\n"
				+ "  <offices><office code=\"OF-01\"><axes><axis code=\"no\"/></axes></office></offices>\n"
				+ "  <actions><action code=\"AC-01\">texto «libre»</action><action code=\"AC-02\"/></actions>\n"
				+ "</siempleo-report>\n", StandardCharsets.UTF_8);
		Path slice = folder.resolve("corte.xml");
		DataSlices.write(data, Set.of("axes", "actions"), slice);
		String text = Files.readString(slice, StandardCharsets.UTF_8);
		assertTrue(text.contains("model=\"Sí Empleo 2024\"") && text.contains("asOf=\"2026-11-26\""), text);
		assertTrue(text.contains("Ñandú &amp; compañía"), text);
		assertTrue(text.contains("<action code=\"AC-01\">texto «libre»</action>") && text.contains("AC-02"), text);
		assertFalse(text.contains("office") || text.contains("\"no\""), text);
		for (String line : List.of("<axes>", "</axes>", "<actions>", "</actions>", "</siempleo-report>")) {
			assertTrue(text.contains(line), line + " in " + text);
		}
	}

	private static String design(String id) throws Exception {
		try (InputStream in = FrameworkUtil.getBundle(DataSlices.class).getEntry("designs/" + id + ".rptdesign").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
