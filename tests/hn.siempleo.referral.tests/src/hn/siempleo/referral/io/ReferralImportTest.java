// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.referral.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import hn.siempleo.model.ReferralOutcome;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.referral.ReferralFilter;
import hn.siempleo.referral.ReferralMatrix;
import hn.siempleo.tests.files.BadWorkbooks;
import hn.siempleo.referral.fixtures.CommandSteps;
import hn.siempleo.referral.fixtures.Network;

/** CSV and XLSX import of referral records: preview with per-row problems, one undoable command. */
class ReferralImportTest {

	static final String CSV = """
			Oficina;Periodo;Desde;Hacia;Servicio;Cantidad;Resultado
			OF-01;2024-T3;SETRASS;INFOP;DER;12;Atendida
			OF-02;2024-T3;SETRASS;SENPRENDE;DER;"8";en proceso

			OF-99;2024-T9;SETRASS;SPE;DER;-3;Perdida
			OF-03;2024-07;setrass;infop;DER;5;
			""";

	@Test
	void csvWithOneBadRowAppliesTheOthersAsOneCommand(@TempDir Path folder) throws Exception {
		Network n = new Network();
		Path file = folder.resolve("derivaciones.csv");
		Files.writeString(file, "\uFEFF" + CSV, StandardCharsets.UTF_8);

		ReferralImportPreview preview = ReferralImport.preview(n.agreement, file);

		assertEquals(4, preview.rows().size(), "the blank line is skipped");
		assertEquals(3, preview.validRows().size());
		assertEquals(1, preview.rejectedCount());
		List<RowError> problems = preview.problems();
		assertTrue(problems.stream().allMatch(p -> p.row() == 5), problems::toString);
		assertEquals(List.of("Oficina", "Periodo", "Hacia", "Cantidad", "Resultado"),
				problems.stream().map(RowError::column).toList());
		assertTrue(problems.get(2).reason().contains("SPE"), problems.get(2).reason());
		assertEquals(ReferralOutcome.IN_PROCESS, preview.rows().get(3).record().getOutcome(), "blank outcome");
		assertTrue(n.agreement.getReferrals().isEmpty(), "the preview does not touch the model");

		CommandSteps.executeUndoRedo(n.domain, preview.command(n.domain),
				() -> assertEquals(0, ReferralMatrix.of(n.workspace, ReferralFilter.ALL).total()),
				() -> {
					ReferralMatrix matrix = ReferralMatrix.of(n.workspace, ReferralFilter.ALL);
					assertEquals(25, matrix.total());
					assertEquals(17, matrix.count(n.setrass, n.infop));
					assertEquals(12, matrix.attended());
					assertEquals(3, n.agreement.getReferrals().size());
				});
		assertEquals("Agregar 3 registros de derivaciones", n.domain.getCommandStack().getUndoCommand().getLabel());
	}

	@Test
	void xlsxIsReadFromTheFirstSheet(@TempDir Path folder) throws Exception {
		Network n = new Network();
		Path file = folder.resolve("derivaciones.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Derivaciones");
			String[][] cells = { { "Cantidad", "Hacia", "Desde", "Oficina", "Periodo", "Servicio" },
					{ null, "INFOP", "SETRASS", "OF-01", "2024-T4", "DER" },
					{ "x", "INFOP", "SETRASS", "OF-01", "2024-T4", "DER" } };
			for (int r = 0; r < cells.length; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < cells[r].length; c++) {
					row.createCell(c).setCellValue(cells[r][c]);
				}
			}
			sheet.getRow(1).getCell(0).setCellValue(9);
			workbook.write(out);
			Files.write(file, out.toByteArray());
		}
		ReferralImportPreview preview = ReferralImport.preview(n.agreement, file);
		assertEquals(1, preview.validRows().size());
		assertEquals(9, preview.validRows().get(0).record().getCount());
		assertEquals(List.of(new RowError(3, "Cantidad",
				"La cantidad debe ser un número entero no negativo (se leyó «x»).")), preview.problems());
	}

	@Test
	void filesThatCannotBeReadAreRefusedWithAReason(@TempDir Path folder) throws Exception {
		Network n = new Network();
		Path noColumn = folder.resolve("a.csv");
		Files.writeString(noColumn, "Oficina,Periodo\nOF-01,2024-T1\n");
		ReferralImportException missing = assertThrows(ReferralImportException.class,
				() -> ReferralImport.preview(n.agreement, noColumn));
		assertEquals("Falta la columna «Desde» en la primera fila.", missing.getMessage());
		Path notXlsx = folder.resolve("b.xlsx");
		Files.writeString(notXlsx, "no soy un libro");
		assertThrows(ReferralImportException.class, () -> ReferralImport.preview(n.agreement, notXlsx));
		Path latin1 = folder.resolve("c.csv");
		Files.write(latin1, "Oficina;Periodo;Desde;Hacia;Servicio;Cantidad\nOF-01;2024-T1;SETRASS;INFOP;DER;1;Pequeño\n"
				.getBytes(StandardCharsets.ISO_8859_1));
		assertThrows(ReferralImportException.class, () -> ReferralImport.preview(n.agreement, latin1));
		assertFalse(n.domain.getCommandStack().canUndo());
	}

	@Test
	void anOldXlsWorkbookIsToldToBeSavedAsXlsx(@TempDir Path folder) throws Exception {
		String refusal = xlsxRefusal(folder, BadWorkbooks.oldXls());
		assertTrue(refusal.startsWith("El archivo es un libro de Excel antiguo (.xls)."), refusal);
	}

	@Test
	void anEmptyWorkbookFile(@TempDir Path folder) throws Exception {
		assertEquals("El archivo está vacío.", xlsxRefusal(folder, BadWorkbooks.empty()));
	}

	@Test
	void aTextFileNamedXlsx(@TempDir Path folder) throws Exception {
		assertEquals("El archivo no es un libro de Excel (.xlsx) válido.", xlsxRefusal(folder, BadWorkbooks.text("Código;Valor\nIND-01;12\n")));
	}

	@Test
	void aZipBombIsRefusedBeforeItIsUnpacked(@TempDir Path folder) throws Exception {
		byte[] bomb = BadWorkbooks.zipBomb();
		assertTrue(bomb.length < 1024 * 1024, "small on disk: " + bomb.length);
		assertEquals("Se rechazó el archivo por seguridad: al descomprimirlo crecería de forma desproporcionada "
				+ "(posible bomba zip).", xlsxRefusal(folder, bomb));
	}

	/**
	 * The reason a file named .xlsx with these bytes is refused, as every import of the workbench refuses it;
	 * nothing is recorded.
	 */
	private static String xlsxRefusal(Path folder, byte[] bytes) throws Exception {
		Network n = new Network();
		Path file = Files.write(folder.resolve("derivaciones.xlsx"), bytes);
		ReferralImportException refused = assertThrows(ReferralImportException.class,
				() -> ReferralImport.preview(n.agreement, file));
		assertTrue(n.agreement.getReferrals().isEmpty(), "nothing is recorded");
		assertFalse(n.domain.getCommandStack().canUndo());
		return refused.getMessage();
	}
}
