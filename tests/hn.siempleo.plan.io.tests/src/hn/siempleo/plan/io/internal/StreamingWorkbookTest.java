// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The export's streaming workbook: its UTF-8 writer and a sheet larger than the row window, read back by POI. */
class StreamingWorkbookTest {

	@Test
	void theWriterEncodesEveryCharacterAcrossItsBufferBoundaries() throws Exception {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			text.append("Acción ñ ").append(i).append(" \uD83D\uDE00 "); // a surrogate pair now and then on a boundary
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (StreamingWorkbook.Utf8Writer writer = new StreamingWorkbook.Utf8Writer(bytes)) {
			String s = text.toString();
			for (int i = 0; i < s.length(); i += 7) {
				if (i % 2 == 0) {
					writer.write(s, i, Math.min(7, s.length() - i));
				} else {
					char[] chars = s.substring(i, Math.min(i + 7, s.length())).toCharArray();
					writer.write(chars, 0, chars.length);
				}
			}
			writer.write('!');
		}
		assertArrayEquals((text + "!").getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
	}

	@Test
	void aLoneSurrogateIsWrittenAsAQuestionMark() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (StreamingWorkbook.Utf8Writer writer = new StreamingWorkbook.Utf8Writer(bytes)) {
			writer.write("a\uD83Db");
		}
		assertEquals("a?b", bytes.toString(StandardCharsets.UTF_8));
	}

	@Test
	void rowsBeyondTheWindowAreWrittenAndEmptyCellsLeftOut() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (StreamingWorkbook workbook = new StreamingWorkbook(10)) {
			Sheet sheet = workbook.createSheet("Acciones");
			for (int r = 0; r < 1_000; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue("Fila «" + r + "» ñ");
				row.createCell(2).setCellValue(r);
			}
			workbook.write(out);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = read.getSheet("Acciones");
			assertEquals(999, sheet.getLastRowNum());
			assertEquals("Fila «999» ñ", sheet.getRow(999).getCell(0).getStringCellValue());
			assertEquals(999, sheet.getRow(999).getCell(2).getNumericCellValue(), 0);
			assertNull(sheet.getRow(5).getCell(1));
		}
	}
}
