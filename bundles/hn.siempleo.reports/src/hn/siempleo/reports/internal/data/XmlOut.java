// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import hn.siempleo.reports.ReportDataSection;

/** A thin, indenting wrapper over a StAX writer: one element per row, values as attributes. */
final class XmlOut implements AutoCloseable, ReportDataSection.Rows {

	private final XMLStreamWriter writer;
	private int depth;

	XmlOut(OutputStream out) throws XMLStreamException {
		// the JDK's own writer, whatever StAX providers the framework offers: the same bytes everywhere
		writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
		writer.writeStartDocument("UTF-8", "1.0");
	}

	/** Opens an element; attributes follow as name/value pairs, null values are left out. */
	@Override
	public XmlOut open(String name, Object... attributes) throws XMLStreamException {
		newLine();
		writer.writeStartElement(name);
		attributes(attributes);
		depth++;
		return this;
	}

	/** Closes the innermost open element. */
	@Override
	public XmlOut close(String name) throws XMLStreamException {
		depth--;
		newLine();
		writer.writeEndElement();
		return this;
	}

	/** An empty element with attributes given as name/value pairs; null values are left out. */
	@Override
	public XmlOut row(String name, Object... attributes) throws XMLStreamException {
		newLine();
		writer.writeEmptyElement(name);
		attributes(attributes);
		return this;
	}

	private void attributes(Object... attributes) throws XMLStreamException {
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value != null) {
				writer.writeAttribute((String) attributes[i], String.valueOf(value));
			}
		}
	}

	private void newLine() throws XMLStreamException {
		writer.writeCharacters("\n" + "  ".repeat(depth));
	}

	@Override
	public void close() throws XMLStreamException {
		writer.writeCharacters("\n");
		writer.writeEndDocument();
		writer.close();
	}
}
