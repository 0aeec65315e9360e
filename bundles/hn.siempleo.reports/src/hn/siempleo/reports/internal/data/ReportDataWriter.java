// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.stream.XMLStreamException;

import hn.siempleo.model.Workspace;

/**
 * Writes a model as report-data XML: one element per row, values as attributes, derived values (semáforo,
 * overdue, resource type, totals) computed for one day with the model's own logic. The format is documented
 * in {@code designs/README.md}; designs read it through BIRT's XML data source with XPath row paths such as
 * {@code /siempleo-report/actions/action}. Reads the model only: call it where the model may be read.
 */
public final class ReportDataWriter {

	/** Version of the format, written on the root; raise it when a row or attribute is removed or renamed. */
	public static final int FORMAT_VERSION = 1;

	/** The root element. */
	public static final String ROOT = "siempleo-report";

	private final LocalDate asOf;

	/** @param asOf the day semáforo, overdue and totals refer to */
	public ReportDataWriter(LocalDate asOf) {
		this.asOf = asOf;
	}

	/**
	 * Writes {@code model} to {@code out} (UTF-8); the stream is left open.
	 *
	 * @return where each section lies in what was written, in order
	 */
	public List<DataSection> write(Workspace model, OutputStream out) throws IOException {
		return write(model, out, section -> true);
	}

	/**
	 * Writes the sections of {@code model} that {@code wanted} names (by element name, such as {@code actions}) to
	 * {@code out} (UTF-8), and every section a plug-in contributes; the others are neither computed nor written.
	 * The stream is left open.
	 *
	 * @return where each section lies in what was written, in order
	 */
	public List<DataSection> write(Workspace model, OutputStream out, Predicate<String> wanted) throws IOException {
		try {
			XmlOut xml = new XmlOut(out, wanted);
			xml.open(ROOT, "version", FORMAT_VERSION, "model", model.getName(), "asOf", asOf, "asOfLabel",
					Labels.date(asOf));
			new PlanSection(xml, asOf).write(model);
			new DiagnosticSection(xml, asOf).write(model);
			new NetworkSection(xml).write(model);
			new ResultsSection(xml).write(model);
			ContributedSections.write(model, asOf, xml);
			xml.close(ROOT);
			xml.close();
			return xml.sections();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
