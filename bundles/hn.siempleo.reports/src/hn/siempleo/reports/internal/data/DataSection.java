// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.reports.internal.data;

/**
 * Where a section of a report-data file (an element under the root, such as {@code <actions>}) lies in the
 * file: from the line break before its start tag to the end of its end tag, in bytes.
 *
 * @param name the element's name
 * @param start the offset of the line break before the start tag
 * @param end the offset just after the end tag
 */
public record DataSection(String name, long start, long end) {
}
