// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of a model written as a report-data XML file, with the derived values (semáforo, overdue,
 * resource type, totals) computed for {@link #asOf()}. Designs read it through BIRT's stock XML data source.
 * Closing it deletes the file when the service created it as a temporary file. Safe to pass between threads.
 */
public final class ReportData implements AutoCloseable {

	private final Path file;
	private final LocalDate asOf;
	private final boolean temporary;
	private final Map<ChoiceSource, List<String>> values;
	private final String design;

	/**
	 * @param file the written XML file
	 * @param asOf the day the derived values were computed for
	 * @param temporary whether {@link #close()} deletes the file
	 * @param values the values the model offered for each choice source (axis codes, office codes, years), so
	 *            parameters can be checked without the model; sources not in the map are not checked
	 */
	public ReportData(Path file, LocalDate asOf, boolean temporary, Map<ChoiceSource, List<String>> values) {
		this(file, asOf, temporary, values, null);
	}

	/**
	 * Report data written for one design only (with the sections it reads).
	 *
	 * @param design the id of the design it was written for; null when it holds every section
	 */
	public ReportData(Path file, LocalDate asOf, boolean temporary, Map<ChoiceSource, List<String>> values,
			String design) {
		this.file = Objects.requireNonNull(file, "file");
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		this.temporary = temporary;
		this.values = Map.copyOf(values);
		this.design = design;
	}

	/** The id of the only design this data serves (it holds the sections that design reads); empty for every design. */
	public Optional<String> design() {
		return Optional.ofNullable(design);
	}

	/** The values of a choice source in the exported model, without the empty "all" value; null when unknown. */
	public List<String> values(ChoiceSource source) {
		List<String> result = values.get(source);
		return result == null ? null : List.copyOf(result);
	}

	/** The XML file. */
	public Path file() {
		return file;
	}

	/** The day semáforo, overdue and totals refer to. */
	public LocalDate asOf() {
		return asOf;
	}

	/** Deletes a temporary file; a kept file stays. Never throws. */
	@Override
	public void close() {
		if (temporary) {
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				file.toFile().deleteOnExit();
			}
		}
	}
}
