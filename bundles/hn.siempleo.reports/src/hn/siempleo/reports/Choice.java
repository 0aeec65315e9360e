// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

import java.util.Objects;

/**
 * One allowed value of a parameter and the label shown for it.
 *
 * @param value the value passed to the design, never null (the empty string means "all")
 * @param label the text shown to the user, never null
 */
public record Choice(String value, String label) {

	/** Checks that neither part is null. */
	public Choice {
		Objects.requireNonNull(value, "value");
		Objects.requireNonNull(label, "label");
	}
}
