// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import hn.siempleo.reports.ReportFixture;
import hn.siempleo.reports.internal.data.DataSection;
import hn.siempleo.reports.internal.data.ReportDataWriter;

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

	@Test
	void theSliceByByteRangesHoldsWhatTheParsedSliceHolds() throws Exception {
		Path data = folder.resolve("datos.xml");
		List<DataSection> index;
		try (OutputStream out = Files.newOutputStream(data)) {
			index = new ReportDataWriter(ReportFixture.AS_OF).write(ReportFixture.shippedModel(folder).workspace(), out);
		}
		DataIndexes indexes = new DataIndexes();
		indexes.remember(data, index);
		assertEquals(Optional.of(index), indexes.find(data));
		Set<String> plan = Set.of("axes", "lights", "actions");
		Path byRanges = folder.resolve("rangos.xml");
		Path parsed = folder.resolve("analizado.xml");
		DataSlices.write(data, plan, byRanges, indexes.find(data), SliceColumns.NONE);
		DataSlices.write(data, plan, parsed);
		assertEquals(elements(parsed), elements(byRanges));
		assertEquals(Set.of("siempleo-report", "axes", "axis", "lights", "light", "actions", "action"),
				Set.copyOf(elements(byRanges).stream().map(e -> e.substring(0, e.indexOf(' '))).toList()));
		assertTrue(Files.size(byRanges) < Files.size(data));
	}

	@Test
	void theRowsOfTheSliceKeepTheAttributesTheDesignReads() throws Exception {
		Path data = folder.resolve("datos.xml");
		List<DataSection> index;
		try (OutputStream out = Files.newOutputStream(data)) {
			index = new ReportDataWriter(ReportFixture.AS_OF).write(ReportFixture.shippedModel(folder).workspace(), out);
		}
		String design = design("plan");
		SliceColumns columns = SliceColumns.of(design);
		assertEquals(Set.of("budgetYear", "code", "title", "axis", "axisLabel", "priority", "owner", "startLabel",
				"dueLabel", "statusLabel", "light", "lightLabel", "progressLabel", "priorityLabel"),
				columns.kept("actions", "action"));
		Path pruned = folder.resolve("recortado.xml");
		Path parsed = folder.resolve("analizado.xml");
		DataSlices.write(data, DataSlices.sections(design).get(), pruned, Optional.of(index), columns);
		DataSlices.write(data, DataSlices.sections(design).get(), parsed);
		assertEquals(elements(parsed, columns), elements(pruned));
		assertTrue(Files.size(pruned) * 2 < Files.size(parsed), "an action row keeps 16 of its attributes");
	}

	@Test
	void aSectionReadOtherwiseThanByPlainAttributesIsCopiedWhole() {
		String plain = "t#:#[/siempleo-report/actions/action]#:#{code;STRING;/@code},{title;STRING;/@title}";
		assertEquals(Set.of("code", "title"), SliceColumns.of(plain).kept("actions", "action"));
		assertTrue(SliceColumns.of(plain).cuts("actions"));
		// another query on the section reads a nested path, a predicate or the section itself
		for (String other : List.of("t#:#[/siempleo-report/actions/action]#:#{x;STRING;/offices/@code}",
				"t#:#[/siempleo-report/actions/action[@axis='EJE1']]#:#{code;STRING;/@code}",
				"t#:#[/siempleo-report/actions]#:#{n;STRING;/@n}",
				"t#:#[/siempleo-report/actions/action/office]#:#{code;STRING;/@code}",
				"t#:#[/siempleo-report/actions/action]#:#")) {
			SliceColumns columns = SliceColumns.of(plain + " " + other);
			assertFalse(columns.cuts("actions"), other);
			assertEquals(null, columns.kept("actions", "action"), other);
		}
		assertTrue(SliceColumns.of(plain + " t#:#[/siempleo-report/axes/axis]#:#{c;STRING;/axis/@c}").cuts("actions"));
	}

	@Test
	void aFileChangedSinceItWasWrittenIsParsedAgain() throws Exception {
		Path data = folder.resolve("datos.xml");
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<siempleo-report>\n  <axes/>\n  <actions/>\n</siempleo-report>\n";
		Files.writeString(data, xml, StandardCharsets.UTF_8);
		List<DataSection> index = List.of(new DataSection("axes", 56, 66), new DataSection("actions", 66, 79));
		DataIndexes indexes = new DataIndexes();
		indexes.remember(data, index);
		assertEquals(Optional.of(index), indexes.find(data));
		// the same size and time, other content: the sections are not where the index says
		var written = Files.getLastModifiedTime(data);
		Files.writeString(data, xml.replace("<axes/>\n  <actions/>", "<actions/>\n  <axes/>"), StandardCharsets.UTF_8);
		Files.setLastModifiedTime(data, written);
		assertEquals(Optional.empty(), indexes.find(data));
		Files.writeString(data, xml + " ", StandardCharsets.UTF_8);
		assertEquals(Optional.empty(), indexes.find(data));
		assertEquals(Optional.empty(), indexes.find(folder.resolve("otro.xml")));
	}

	/** Every element of a file, in order, as its name and its attributes sorted by name. */
	private static List<String> elements(Path file) throws Exception {
		return elements(file, SliceColumns.NONE);
	}

	/** The same, with only the attributes {@code columns} keep in the rows they cut. */
	private static List<String> elements(Path file, SliceColumns columns) throws Exception {
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
		NodeList all = document.getElementsByTagName("*");
		List<String> elements = new ArrayList<>();
		for (int i = 0; i < all.getLength(); i++) {
			Element element = (Element) all.item(i);
			NamedNodeMap attributes = element.getAttributes();
			List<String> pairs = new ArrayList<>();
			Set<String> kept = element.getParentNode() instanceof Element section
					&& section.getParentNode() == document.getDocumentElement()
							? columns.kept(section.getTagName(), element.getTagName())
							: null;
			for (int a = 0; a < attributes.getLength(); a++) {
				if (kept != null && !kept.contains(attributes.item(a).getNodeName())) {
					continue;
				}
				pairs.add(attributes.item(a).getNodeName() + "=" + attributes.item(a).getNodeValue());
			}
			pairs.sort(null);
			elements.add(element.getTagName() + " " + pairs);
		}
		return elements;
	}

	private static String design(String id) throws Exception {
		try (InputStream in = FrameworkUtil.getBundle(DataSlices.class).getEntry("designs/" + id + ".rptdesign").openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
