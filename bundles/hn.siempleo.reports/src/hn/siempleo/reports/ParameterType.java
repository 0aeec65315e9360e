// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports;

/** The value type of a {@link ReportParameter}. */
public enum ParameterType {
	/** Free text or a code. */
	STRING,
	/** A whole number, e.g. a year. */
	INTEGER
}
