// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.time.LocalDate;

import javax.xml.stream.XMLStreamException;

import hn.siempleo.model.Workspace;

/**
 * A section of the report-data XML contributed by a plug-in through the extension point
 * {@code hn.siempleo.reports.dataSections}, so that its report designs can read the plug-in's data (for
 * example the rows of a model extension) with BIRT's stock XML data source, beside the core sections.
 * Implementations read the model only and write one element holding rows, named after the plug-in
 * ({@code <infop-courses>}); element names are part of the designs' contract, choose them once.
 */
public interface ReportDataSection {

	/** Writes rows to the report-data XML. */
	interface Rows {
		/** Opens an element; attributes follow as name/value pairs, null values are left out. */
		Rows open(String name, Object... attributes) throws XMLStreamException;

		/** Closes the innermost open element. */
		Rows close(String name) throws XMLStreamException;

		/** An empty element (one row) with attributes as name/value pairs; null values are left out. */
		Rows row(String name, Object... attributes) throws XMLStreamException;
	}

	/**
	 * Writes this section for {@code model}.
	 *
	 * @param asOf the day derived values refer to
	 */
	void write(Workspace model, LocalDate asOf, Rows rows) throws XMLStreamException;
}
