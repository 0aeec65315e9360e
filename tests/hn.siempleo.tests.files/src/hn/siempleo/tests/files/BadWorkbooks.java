// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.tests.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files a planner may pick that are not readable workbooks, for the tests of every importer: an empty file, an old
 * .xls workbook, a text file, a zip that is not a workbook and zip bombs.
 */
public final class BadWorkbooks {

	/** Blanks enough to make any importer's unpacked size out of proportion. */
	public static final int BOMB_BLANKS = 64 * 1024 * 1024;

	private BadWorkbooks() {
	}

	/** No bytes at all. */
	public static byte[] empty() {
		return new byte[0];
	}

	/** The header of an old Excel (.xls, OLE2) workbook, then zeros. */
	public static byte[] oldXls() {
		byte[] ole2 = new byte[4096];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		return ole2;
	}

	/** A text (e.g. CSV), not a zip. */
	public static byte[] text(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** A zip holding a text file: not a workbook. */
	public static byte[] zipNotWorkbook() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("hola.txt"));
			zip.write("hola".getBytes(StandardCharsets.UTF_8));
		}
		return out.toByteArray();
	}

	/** A one-cell workbook padded by {@link #padSheet} with {@link #BOMB_BLANKS} blanks. */
	public static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Hoja1").createRow(0).createCell(0).setCellValue("Código");
			workbook.write(plain);
		}
		return padSheet(plain.toByteArray(), BOMB_BLANKS);
	}

	/**
	 * The same workbook with its first sheet's XML padded by blanks before its end: tiny compressed, huge expanded.
	 *
	 * @param xlsx a workbook's bytes
	 * @param blanks how many blanks, rounded up to a megabyte
	 */
	public static byte[] padSheet(byte[] xlsx, int blanks) throws IOException {
		// read through the central directory: a streamed workbook's entries give their sizes only after their data
		Path copy = Files.createTempFile("bomba", ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Files.write(copy, xlsx);
			try (ZipFile in = new ZipFile(copy.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
				for (ZipEntry entry : Collections.list(in.entries())) {
					byte[] content = in.getInputStream(entry).readAllBytes();
					zip.putNextEntry(new ZipEntry(entry.getName()));
					if (entry.getName().equals("xl/worksheets/sheet1.xml")) { //$NON-NLS-1$
						String xml = new String(content, StandardCharsets.UTF_8);
						int end = xml.lastIndexOf("</worksheet>"); //$NON-NLS-1$
						zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
						byte[] chunk = new byte[1024 * 1024];
						Arrays.fill(chunk, (byte) ' ');
						for (int written = 0; written < blanks; written += chunk.length) {
							zip.write(chunk);
						}
						zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
					} else {
						zip.write(content);
					}
					zip.closeEntry();
				}
			}
		} finally {
			Files.deleteIfExists(copy);
		}
		return out.toByteArray();
	}
}
