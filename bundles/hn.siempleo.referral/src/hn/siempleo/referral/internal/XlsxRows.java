// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The first sheet of an XLSX workbook as rows of cell texts (as the spreadsheet shows them). Uses
 * {@code new XSSFWorkbook(..)} (POI's WorkbookFactory cannot find its providers inside OSGi); zip bombs are
 * refused by POI's inflate-ratio check.
 */
public final class XlsxRows {

	private XlsxRows() {
	}

	/**
	 * Reads the rows.
	 *
	 * @throws IOException when the bytes are not an XLSX workbook, with a reason for the planner
	 */
	public static List<List<String>> read(byte[] bytes) throws IOException {
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(bytes);
		} catch (RuntimeException e) {
			throw new IOException(Messages.Xlsx_notXlsx, e);
		}
		if (magic != FileMagic.OOXML) {
			throw new IOException(Messages.Xlsx_notXlsx);
		}
		DataFormatter formatter = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<List<String>> rows = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				rows.add(cells);
			}
			return rows;
		} catch (IOException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new IOException(Messages.Xlsx_notXlsx, e);
		}
	}
}
