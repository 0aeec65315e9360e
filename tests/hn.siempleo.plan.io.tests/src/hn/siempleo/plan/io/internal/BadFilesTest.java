// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static hn.siempleo.plan.io.fixtures.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import hn.siempleo.model.ActionPlan;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.SpreadsheetException;
import hn.siempleo.plan.io.fixtures.PlanFixtures;
import hn.siempleo.tests.files.BadWorkbooks;

/** Files that are not a readable actions workbook are refused with a Spanish message, nothing read. */
class BadFilesTest {

	private final XlsxActionSpreadsheets spreadsheets = new XlsxActionSpreadsheets();
	private final ActionPlan plan = PlanFixtures.workspace().getPlans().get(0);

	@Test
	void anEmptyFile() {
		assertEquals("El archivo está vacío.", refusal(BadWorkbooks.empty()));
	}

	@Test
	void aTextFile() {
		assertEquals("El archivo no es un libro de Excel (.xlsx) válido.",
				refusal(BadWorkbooks.text("Código;Título\nAC-01;Algo\n")));
	}

	@Test
	void anOldXlsWorkbook() {
		assertTrue(refusal(BadWorkbooks.oldXls()).startsWith("El archivo es un libro de Excel antiguo (.xls)."));
	}

	@Test
	void aZipThatIsNotAWorkbook() throws Exception {
		assertEquals("El archivo no es un libro de Excel (.xlsx) válido.", refusal(BadWorkbooks.zipNotWorkbook()));
	}

	@Test
	void aZipBombIsRefusedByTheInflateRatioCheck() throws Exception {
		byte[] bomb = BadWorkbooks.padSheet(export(), BadWorkbooks.BOMB_BLANKS);
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
}
