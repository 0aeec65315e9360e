// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A design of the catalogue, as contributed to the extension point {@code hn.siempleo.reports.designs}:
 * what the user sees before anything is rendered. Immutable.
 *
 * @param id the unique id, e.g. {@code "plan"}; used on the command line
 * @param name the title shown in lists, never null
 * @param description one or two sentences, never null (may be empty)
 * @param contributor the symbolic name of the bundle that contributed the design
 * @param designPath the {@code .rptdesign} path inside the contributing bundle
 * @param parameters the parameters a user may set, in display order
 */
public record ReportDesign(String id, String name, String description, String contributor, String designPath,
		List<ReportParameter> parameters) {

	/** Checks for nulls and copies the parameters. */
	public ReportDesign {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(contributor, "contributor");
		Objects.requireNonNull(designPath, "designPath");
		parameters = List.copyOf(parameters);
	}

	/** The parameter called {@code name}, if the design has one. */
	public Optional<ReportParameter> parameter(String name) {
		return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
	}
}
