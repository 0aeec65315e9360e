// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamWriter;

import org.junit.jupiter.api.Test;

/** The report-data writer writes the bytes the JDK's StAX writer wrote, and knows where each section lies. */
class XmlOutTest {

	private static final String[] VALUES = { "Sí Empleo «2024» · Ñandú", "a < b & c > d", "dijo \"sí\" y 'no'",
			"línea 1\nlínea 2\ttab", "emoji 😀 y 中文", "", "→ ✓" };

	@Test
	void theBytesAreTheJdkWritersOnes() throws Exception {
		ByteArrayOutputStream ours = new ByteArrayOutputStream();
		try (XmlOut xml = new XmlOut(ours, section -> true)) {
			xml.open("siempleo-report", "version", 1, "model", VALUES[0], "nada", null);
			xml.open("actions");
			for (String value : VALUES) {
				xml.row("action", "code", "AC-01", "title", value, "n", 1);
			}
			xml.close("actions");
			xml.open("vacío");
			xml.close("vacío");
			xml.row("suelto", "a", VALUES[1]);
			xml.close("siempleo-report");
		}
		ByteArrayOutputStream jdk = new ByteArrayOutputStream();
		XMLStreamWriter writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(jdk, "UTF-8");
		writer.writeStartDocument("UTF-8", "1.0");
		writer.writeCharacters("\n");
		writer.writeStartElement("siempleo-report");
		writer.writeAttribute("version", "1");
		writer.writeAttribute("model", VALUES[0]);
		writer.writeCharacters("\n  ");
		writer.writeStartElement("actions");
		for (String value : VALUES) {
			writer.writeCharacters("\n    ");
			writer.writeEmptyElement("action");
			writer.writeAttribute("code", "AC-01");
			writer.writeAttribute("title", value);
			writer.writeAttribute("n", "1");
		}
		writer.writeCharacters("\n  ");
		writer.writeEndElement();
		writer.writeCharacters("\n  ");
		writer.writeStartElement("vacío");
		writer.writeCharacters("\n  ");
		writer.writeEndElement();
		writer.writeCharacters("\n  ");
		writer.writeEmptyElement("suelto");
		writer.writeAttribute("a", VALUES[1]);
		writer.writeCharacters("\n");
		writer.writeEndElement();
		writer.writeCharacters("\n");
		writer.writeEndDocument();
		writer.close();
		assertEquals(jdk.toString(StandardCharsets.UTF_8), ours.toString(StandardCharsets.UTF_8));
		assertArrayEquals(jdk.toByteArray(), ours.toByteArray());
	}

	@Test
	void eachSectionLiesWhereItWasWritten() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<DataSection> sections;
		try (XmlOut xml = new XmlOut(out, section -> true)) {
			xml.open("siempleo-report", "model", "Sí");
			xml.open("axes").row("axis", "code", "EJE1", "name", "Coordinación").close("axes");
			xml.row("flows");
			// more than the writer's buffer, so offsets span flushes
			xml.open("actions");
			for (int i = 0; i < 2_000; i++) {
				xml.row("action", "code", "AC-" + i, "title", "Acción número " + i);
			}
			xml.close("actions");
			xml.close("siempleo-report");
			sections = xml.sections();
		}
		byte[] bytes = out.toByteArray();
		assertEquals(List.of("axes", "flows", "actions"), sections.stream().map(DataSection::name).toList());
		assertEquals("\n  <axes>\n    <axis code=\"EJE1\" name=\"Coordinación\"/>\n  </axes>", text(bytes, sections.get(0)));
		assertEquals("\n  <flows/>", text(bytes, sections.get(1)));
		String actions = text(bytes, sections.get(2));
		assertEquals(true, actions.startsWith("\n  <actions>\n    <action code=\"AC-0\""), actions.substring(0, 40));
		assertEquals(true, actions.endsWith("title=\"Acción número 1999\"/>\n  </actions>"));
		assertEquals("\n</siempleo-report>\n", new String(bytes, (int) sections.get(2).end(),
				bytes.length - (int) sections.get(2).end(), StandardCharsets.UTF_8));
	}

	private static String text(byte[] bytes, DataSection section) {
		return new String(bytes, (int) section.start(), (int) (section.end() - section.start()), StandardCharsets.UTF_8);
	}
}
