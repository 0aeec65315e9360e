// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static hn.siempleo.plan.io.fixtures.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.io.fixtures.PlanFixtures;

/** Files that are not a readable actions workbook are refused with a Spanish message, nothing read. */
class BadFilesTest {

	private final XlsxActionSpreadsheets spreadsheets = new XlsxActionSpreadsheets();
	private final ActionPlan plan = PlanFixtures.workspace().getPlans().get(0);

	@Test
	void anEmptyFile() {
		assertEquals("El archivo está vacío.", refusal(new byte[0]));
	}

	@Test
	void aTextFile() {
		assertEquals("El archivo no es un libro de Excel (.xlsx) válido.",
				refusal("Código;Título\nAC-01;Algo\n".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void anOldXlsWorkbook() {
		byte[] ole2 = new byte[4096];
		byte[] magic = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		System.arraycopy(magic, 0, ole2, 0, magic.length);
		assertTrue(refusal(ole2).startsWith("El archivo es un libro de Excel antiguo (.xls)."));
	}

	@Test
	void aZipThatIsNotAWorkbook() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("hola.txt"));
			zip.write("hola".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals("El archivo no es un libro de Excel (.xlsx) válido.", refusal(out.toByteArray()));
	}

	@Test
	void aZipBombIsRefusedByTheInflateRatioCheck() throws Exception {
		byte[] bomb = padSheet(export(), 64 * 1024 * 1024);
		assertTrue(bomb.length < 1024 * 1024, "small on disk: " + bomb.length);
		assertEquals("Se rechazó el archivo por seguridad: al descomprimirlo crecería de forma desproporcionada "
				+ "(posible bomba zip).", refusal(bomb));
	}

	@Test
	void aWorkbookWithoutTheActionsSheet() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("Hoja1");
		workbook.createSheet("Datos");
		assertEquals("El libro no tiene la hoja «Acciones». Hojas encontradas: Hoja1, Datos.",
				refusal(PlanFixtures.bytes(workbook)));
	}

	@Test
	void aSheetWithoutTheCodeColumn() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		var row = workbook.createSheet("Acciones").createRow(0);
		row.createCell(0).setCellValue("Título");
		row.createCell(1).setCellValue("Responsable");
		assertEquals("Falta la columna «Código» en la hoja «Acciones»; la primera fila debe tener los encabezados.",
				refusal(PlanFixtures.bytes(workbook)));
	}

	@Test
	void anEmptyActionsSheet() throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		workbook.createSheet("acciones");
		assertEquals("La hoja «acciones» está vacía: falta la fila de encabezados.", refusal(PlanFixtures.bytes(workbook)));
	}

	private String refusal(byte[] bytes) {
		SpreadsheetException refused = assertThrows(SpreadsheetException.class,
				() -> spreadsheets.preview(new ByteArrayInputStream(bytes), plan));
		return refused.getMessage();
	}

	private byte[] export() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(plan.getActions(), Arrays.asList(ActionColumn.values()), TODAY, out);
		return out.toByteArray();
	}

	/** The same workbook with the sheet's XML padded by blanks: tiny compressed, huge expanded. */
	private static byte[] padSheet(byte[] xlsx, int blanks) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Path copy = Files.createTempFile("bomba", ".xlsx");
		Files.write(copy, xlsx);
		try (ZipFile in = new ZipFile(copy.toFile()); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] content = in.getInputStream(entry).readAllBytes();
				zip.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int end = xml.lastIndexOf("</worksheet>");
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
		Files.delete(copy);
		return out.toByteArray();
	}
}
