// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

/**
 * Why one row of an imported file cannot be applied.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the header of the column at fault, or "" for the row as a whole
 * @param reason the reason in the workbench's language
 */
public record RowProblem(int row, String column, String reason) {
}
