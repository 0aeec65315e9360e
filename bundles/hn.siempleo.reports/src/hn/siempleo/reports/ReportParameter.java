// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.util.List;
import java.util.Objects;

/**
 * A parameter a user may set before rendering, as contributed with its design. Its {@code name} is the
 * name of a report parameter of the {@code .rptdesign}. Immutable.
 *
 * @param name the parameter name in the design, never null
 * @param label what the user reads, never null
 * @param description a sentence of help, never null (may be empty)
 * @param type the value type, never null
 * @param defaultValue the value used when none is given; the empty string means "all"
 * @param choices the allowed values when fixed by the contribution; empty when free or model-derived
 * @param choiceSource where model-derived choices come from, never null
 */
public record ReportParameter(String name, String label, String description, ParameterType type,
		String defaultValue, List<Choice> choices, ChoiceSource choiceSource) {

	/** Checks for nulls and copies the choices. */
	public ReportParameter {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(defaultValue, "defaultValue");
		choices = List.copyOf(choices);
		Objects.requireNonNull(choiceSource, "choiceSource");
	}
}
