// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

import hn.siempleo.reports.internal.data.DataSection;

/**
 * The report data cut down to what one design reads. BIRT's XML data source parses the whole report-data file
 * once for every data set of a design (four for the plan), and the file holds the sections of every report;
 * a design's data sets only read some first-level sections ({@code /siempleo-report/actions/action}...), found
 * in their queries. The render then reads a copy with only those sections: the same format, so the designs stay
 * the stock ones a planner opens in the BIRT Designer. A design whose queries read anything else gets the whole
 * file.
 */
final class DataSlices {

	static final String ROOT = "siempleo-report"; //$NON-NLS-1$

	/** An XML data set's query as BIRT's XML driver stores it: {@code ...#:#[/path/to/row]#:#{columns}}. */
	private static final Pattern QUERY = Pattern.compile("#:#\\[([^\\]]*)\\]"); //$NON-NLS-1$

	private DataSlices() {
	}

	/**
	 * The first-level sections a design reads, from the queries in its XML; empty when a query reads something
	 * else than a section of the report data (or the design has no query), so that the whole file is needed.
	 */
	static Optional<Set<String>> sections(String designXml) {
		Set<String> sections = new LinkedHashSet<>();
		Matcher matcher = QUERY.matcher(designXml);
		boolean any = false;
		while (matcher.find()) {
			any = true;
			String path = matcher.group(1).strip();
			String root = "/" + ROOT; //$NON-NLS-1$
			if (!path.startsWith(root)) {
				return Optional.empty();
			}
			String rest = path.substring(root.length());
			if (rest.isEmpty()) {
				continue; // the root's own attributes
			}
			String[] steps = rest.split("/", -1); //$NON-NLS-1$
			if (!rest.startsWith("/") || steps.length < 2 || !steps[1].matches("[A-Za-z_][\\w.-]*")) { //$NON-NLS-1$ //$NON-NLS-2$
				return Optional.empty();
			}
			sections.add(steps[1]);
		}
		return any ? Optional.of(sections) : Optional.empty();
	}

	/**
	 * Copies the report data to {@code target} with only the root, its attributes and the given sections, by
	 * byte ranges when the {@code index} of the file's sections is known (the file as this service wrote it),
	 * else by parsing it.
	 */
	static void write(Path data, Set<String> sections, Path target, Optional<List<DataSection>> index,
			SliceColumns columns) throws IOException {
		if (index.isPresent() && !index.get().isEmpty()) {
			copyRanges(data, sections, index.get(), columns, target);
		} else {
			write(data, sections, target);
		}
	}

	/**
	 * The head of the file up to its first section, the chosen sections, and its tail after the last section:
	 * the same bytes as in the file, without parsing it, but for the attributes no query of the design reads
	 * (see {@link SliceColumns}).
	 */
	private static void copyRanges(Path data, Set<String> sections, List<DataSection> index, SliceColumns columns,
			Path target) throws IOException {
		try (FileChannel in = FileChannel.open(data);
				FileChannel out = FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
						StandardOpenOption.CREATE)) {
			long size = in.size();
			copy(in, 0, index.get(0).start(), out);
			OutputStream stream = Channels.newOutputStream(out);
			for (DataSection section : index) {
				if (!sections.contains(section.name())) {
					continue;
				}
				if (columns.cuts(section.name()) && section.end() - section.start() <= SliceColumns.MAX_CUT_BYTES) {
					columns.copy(in, section.start(), section.end(), section.name(), stream);
				} else {
					copy(in, section.start(), section.end(), out);
				}
			}
			copy(in, index.getLast().end(), size, out);
		}
	}

	private static void copy(FileChannel in, long from, long to, FileChannel out) throws IOException {
		long position = from;
		while (position < to) {
			long moved = in.transferTo(position, to - position, out);
			if (moved <= 0) {
				throw new IOException("The report data ended before byte " + to); //$NON-NLS-1$
			}
			position += moved;
		}
	}

	/** Copies the report data to {@code target} with only the root, its attributes and the given sections. */
	static void write(Path data, Set<String> sections, Path target) throws IOException {
		XMLInputFactory inputs = XMLInputFactory.newFactory();
		inputs.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		inputs.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = new BufferedInputStream(Files.newInputStream(data), 1 << 16);
				OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
			XMLEventReader reader = inputs.createXMLEventReader(in, "UTF-8"); //$NON-NLS-1$
			XMLEventWriter writer = XMLOutputFactory.newFactory().createXMLEventWriter(out, "UTF-8"); //$NON-NLS-1$
			int depth = 0;
			int skipping = 0; // depth at which a section left out started, 0 when copying
			while (reader.hasNext()) {
				XMLEvent event = reader.nextEvent();
				if (event.isStartElement()) {
					depth++;
					if (skipping == 0 && depth == 2
							&& !sections.contains(event.asStartElement().getName().getLocalPart())) {
						skipping = depth;
					}
				}
				if (skipping == 0) {
					writer.add(event);
				}
				if (event.isEndElement()) {
					if (skipping == depth) {
						skipping = 0;
					}
					depth--;
				}
			}
			writer.flush();
			writer.close();
			reader.close();
		} catch (XMLStreamException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
