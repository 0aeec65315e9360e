// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;

import hn.siempleo.plan.io.shared.TypedValues;
import hn.siempleo.model.text.Formats;

/**
 * Reads cells the way planners fill them: text or numbers for codes, real Excel dates or dates and numbers
 * typed as text ({@link TypedValues}). A formula counts as its last computed value. Methods return null for blank cells and throw
 * {@link IllegalArgumentException} for values of the wrong kind.
 */
public final class CellValues {

	private CellValues() {
	}

	/** The cell as text, numbers without a trailing ".0"; "" for blank or missing cells. */
	public static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (type(cell)) {
			case STRING -> cell.getStringCellValue().strip();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell)
					? Formats.DATE.format(cell.getLocalDateTimeCellValue().toLocalDate())
					: BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
			default -> "";
		};
	}

	/** The cell as a number, or null when blank; {@code IllegalArgumentException} when not a number. */
	static BigDecimal number(Cell cell) {
		if (cell != null && type(cell) == CellType.NUMERIC) {
			return new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros();
		}
		return TypedValues.number(text(cell));
	}

	/** The cell as a date, or null when blank; {@code IllegalArgumentException} when not a date. */
	static LocalDate date(Cell cell) {
		if (cell != null && type(cell) == CellType.NUMERIC) {
			double serial = cell.getNumericCellValue();
			if (!DateUtil.isValidExcelDate(serial)) {
				throw new IllegalArgumentException(text(cell));
			}
			return DateUtil.getLocalDateTime(serial).toLocalDate();
		}
		return TypedValues.date(text(cell));
	}

	private static CellType type(Cell cell) {
		CellType type = cell.getCellType();
		return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
	}
}
