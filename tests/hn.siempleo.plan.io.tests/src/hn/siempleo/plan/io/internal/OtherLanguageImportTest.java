// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static hn.siempleo.plan.io.fixtures.PlanFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import hn.siempleo.model.Action;
import hn.siempleo.model.ActionPlan;
import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Term;
import hn.siempleo.model.Workspace;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.ImportPreview;
import hn.siempleo.plan.io.RowError;
import hn.siempleo.plan.io.fixtures.PlanFixtures;

/**
 * A workbook exported by a workbench running in English (sheet "Actions", English headers and values) is read
 * by this one, which runs in Spanish (-nl es_HN), with its errors in Spanish; and English values in a Spanish
 * sheet. The workbook is written here cell by cell, as the English export writes it.
 */
class OtherLanguageImportTest {

	/** The English export's header row, every column. */
	private static final List<String> ENGLISH_HEADERS = List.of("Code", "Title", "Axis", "Dimension", "Term",
			"Priority", "Resource type", "Responsible", "Offices", "Start", "Due date", "Status", "Progress %",
			"Estimated cost (L)", "Funding source", "Traffic light", "Criterion");

	private final XlsxActionSpreadsheets spreadsheets = new XlsxActionSpreadsheets();
	private final Workspace workspace = PlanFixtures.workspace();
	private final ActionPlan plan = workspace.getPlans().get(0);
	private final AdapterFactoryEditingDomain domain = PlanFixtures.domain(workspace);

	@Test
	void anEnglishWorkbookIsReadByTheSpanishWorkbench() throws Exception {
		ImportPreview preview = englishPreview(
				List.of("AC-01", "Acción AC-01 de gestión", "EJE1", "ORG", "Short term", 1, "Own means", "Ana Castillo",
						"OF-02", LocalDate.of(2025, 1, 1), "31/12/2025", "Completed", 100, "", "", "Closed", ""),
				List.of("AC-05", "Train the counsellors", "EJE2", "GOB", "Long term", 3, "Additional budget",
						"Rosa Mejía", "OF-01, OF-02", "01/07/2025", LocalDate.of(2025, 11, 30), "Not started", 0,
						"L 1,234.50", "Presupuesto 2025", "Not started", ""));
		assertTrue(preview.errors().isEmpty(), preview.errors().toString());
		assertEquals(1, preview.newCount());
		assertEquals(1, preview.updateCount());
		assertEquals(List.of("Resource type", "Traffic light", "Criterion"), preview.ignoredColumns(),
				"derived columns are recognised, and not read");

		domain.getCommandStack().execute(preview.command(domain));
		Action first = plan.getActions().get(0);
		assertEquals("Ana Castillo", first.getResponsiblePerson());
		assertEquals(ActionStatus.DONE, first.getStatus());
		assertEquals(Term.SHORT, first.getPhase());
		assertEquals(100, first.getProgress());
		Action added = plan.getActions().get(4);
		assertEquals("AC-05", added.getCode());
		assertEquals(ActionStatus.NOT_STARTED, added.getStatus());
		assertEquals(Term.LONG, added.getPhase());
		assertEquals(LocalDate.of(2025, 7, 1), added.getStartDate());
		assertEquals(LocalDate.of(2025, 11, 30), added.getDueDate());
		assertEquals(0, new BigDecimal("1234.50").compareTo(added.getEstimatedCost()));
		assertEquals(List.of("OF-01", "OF-02"), added.getOffices().stream().map(o -> o.getCode()).toList());
	}

	@ParameterizedTest(name = "{0} = «{1}» → {2}")
	@CsvSource(delimiter = '|', value = {
			"Status    | Finished   | «Finished» no es un valor válido; se admiten: No iniciada, En proceso, Completada, Cancelada.",
			"Term      | Soon       | «Soon» no es un valor válido; se admiten: Corto plazo, Mediano plazo, Largo plazo.",
			"Start     | 12/31/2025 | «12/31/2025» no es una fecha válida; escriba día/mes/año, por ejemplo 31/12/2025.",
			"Priority  | high       | «high» no es un número.",
			"Axis      | AXIS9      | El eje «AXIS9» no existe; los ejes son: EJE1, EJE2, EJE3." })
	void aBadCellOfAnEnglishWorkbookNamesItsRowAndColumnInTheUsersLanguage(String header, String value,
			String reason) throws Exception {
		List<Object> row = Arrays.asList("AC-02", "Acción AC-02 de gestión", "EJE2", "GOB", "Medium term", 2,
				"Own means", "José Díaz", "", "01/02/2025", "31/12/2025", "In progress", 20, "", "", "On track", "");
		row.set(ENGLISH_HEADERS.indexOf(header), value);
		ImportPreview preview = englishPreview(row);
		assertEquals(List.of(new RowError(2, header, reason)), preview.errors());
		assertEquals(List.of("Resource type", "Traffic light", "Criterion"), preview.ignoredColumns(),
				"no column left out but the derived ones");
	}

	@Test
	void englishValuesInASpanishSheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		spreadsheets.export(plan.getActions(), Arrays.asList(ActionColumn.values()), TODAY, out);
		XSSFWorkbook workbook = PlanFixtures.open(out.toByteArray());
		Sheet sheet = workbook.getSheet("Acciones");
		PlanFixtures.blankCell(sheet, 3, "Estado").setCellValue("Not started");
		PlanFixtures.blankCell(sheet, 4, "Plazo").setCellValue("long term");
		ImportPreview preview = spreadsheets.preview(new ByteArrayInputStream(PlanFixtures.bytes(workbook)), plan);
		assertTrue(preview.errors().isEmpty(), preview.errors().toString());
		assertEquals(2, preview.updateCount());
		domain.getCommandStack().execute(preview.command(domain));
		assertEquals(ActionStatus.NOT_STARTED, plan.getActions().get(1).getStatus());
		assertEquals(Term.LONG, plan.getActions().get(2).getPhase());
	}

	@ParameterizedTest(name = "«{0}» → {1}")
	@CsvSource(delimiter = '|', value = {
			"Not started | NOT_STARTED",
			"in progress | IN_PROGRESS",
			"COMPLETED   | DONE" })
	void statusesByTheirEnglishName(String text, String name) {
		assertEquals(ActionStatus.getByName(name), new Lookups(plan).status(text));
	}

	@ParameterizedTest(name = "«{0}» → {1}")
	@CsvSource(delimiter = '|', value = {
			"Short term  | SHORT",
			"medium term | MEDIUM",
			"Long Term   | LONG" })
	void termsByTheirEnglishName(String text, String name) {
		assertEquals(Term.getByName(name), new Lookups(plan).term(text));
	}

	/** A preview of a workbook with the English export's sheet name and header row, and the given rows. */
	private ImportPreview englishPreview(List<?>... rows) throws Exception {
		XSSFWorkbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet("Actions");
		Row header = sheet.createRow(0);
		for (int c = 0; c < ENGLISH_HEADERS.size(); c++) {
			header.createCell(c).setCellValue(ENGLISH_HEADERS.get(c));
		}
		for (int r = 0; r < rows.length; r++) {
			Row row = sheet.createRow(r + 1);
			for (int c = 0; c < rows[r].size(); c++) {
				switch (rows[r].get(c)) {
					case String text when text.isEmpty() -> {
						// a blank cell
					}
					case String text -> row.createCell(c).setCellValue(text);
					case Integer number -> row.createCell(c).setCellValue(number);
					case LocalDate date -> row.createCell(c).setCellValue(date);
					default -> throw new IllegalArgumentException(String.valueOf(rows[r].get(c)));
				}
			}
		}
		return spreadsheets.preview(new ByteArrayInputStream(PlanFixtures.bytes(workbook)), plan);
	}
}
