// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io;

/**
 * Why one row of an imported sheet cannot be applied.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param column the header of the column at fault as written in the file, or "" when the row as a whole is
 *            at fault
 * @param reason the reason in the workbench's language, e.g. "La prioridad debe ser 1, 2, 3 o 4 (se leyó «7»)"
 */
public record RowError(int row, String column, String reason) {
}
