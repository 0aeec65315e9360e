// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import hn.siempleo.plan.io.SpreadsheetException;

/**
 * Opens an XLSX workbook from untrusted bytes, turning every way it can fail into a
 * {@link SpreadsheetException} with a message for the planner: an empty or oversized file, an old .xls
 * workbook, something that is not a workbook, or a zip bomb (measured before POI opens it, with POI's own
 * inflate-ratio limit).
 * Uses {@code new XSSFWorkbook(..)}: POI's WorkbookFactory cannot find its providers inside OSGi.
 */
public final class WorkbookOpener {

	/** Larger files are refused before they are parsed. */
	static final int MAX_BYTES = 64 * 1024 * 1024;

	private WorkbookOpener() {
	}

	/** Opens untrusted bytes as an XLSX workbook, or says why it cannot, for the planner. */
	public static XSSFWorkbook open(InputStream in) throws SpreadsheetException {
		byte[] bytes = readLimited(in);
		if (bytes.length == 0) {
			throw new SpreadsheetException(Messages.Xlsx_empty, null);
		}
		FileMagic magic;
		try {
			magic = FileMagic.valueOf(bytes);
		} catch (RuntimeException e) {
			throw new SpreadsheetException(Messages.Xlsx_notXlsx, e);
		}
		if (magic == FileMagic.OLE2) {
			throw new SpreadsheetException(Messages.Xlsx_oldXls, null);
		}
		if (magic != FileMagic.OOXML) {
			throw new SpreadsheetException(Messages.Xlsx_notXlsx, null);
		}
		if (ZipRatios.isBomb(bytes, ZipSecureFile.getMinInflateRatio())) {
			throw new SpreadsheetException(Messages.Xlsx_zipBomb, null);
		}
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(bytes));
		} catch (EmptyFileException e) {
			throw new SpreadsheetException(Messages.Xlsx_empty, e);
		} catch (IOException | RuntimeException e) {
			throw new SpreadsheetException(Messages.Xlsx_notXlsx, e);
		}
	}

	private static byte[] readLimited(InputStream in) throws SpreadsheetException {
		try {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new SpreadsheetException(Messages.Xlsx_tooLarge, null);
			}
			return bytes;
		} catch (IOException e) {
			throw new SpreadsheetException(Messages.Xlsx_unreadable, e);
		}
	}

}
