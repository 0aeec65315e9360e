// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.plan.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import hn.siempleo.model.ActionStatus;
import hn.siempleo.model.Department;
import hn.siempleo.model.Term;
import hn.siempleo.model.text.Labels;
import hn.siempleo.plan.io.ActionColumn;
import hn.siempleo.plan.io.shared.ActionLabels;

/**
 * What an import accepts comes from the message files of both languages, whatever language the workbench runs
 * in: this runtime is Spanish, so the Spanish names below are not the ones NLS loaded for it but the ones read
 * for Spanish explicitly, as a workbench running in English reads them.
 */
class BothLanguagesTest {

	@Test
	void everyColumnHasItsHeaderInSpanishThenEnglish() {
		assertEquals(List.of("Estado", "Status"), ActionColumn.STATUS.headers());
		assertEquals(List.of("Fecha límite", "Due date"), ActionColumn.DUE.headers());
		assertEquals(List.of("Plazo", "Term"), ActionColumn.PHASE.headers());
		assertEquals(List.of("Tipo de recurso", "Resource type"), ActionColumn.RESOURCE_TYPE.headers());
		for (ActionColumn column : ActionColumn.values()) {
			assertEquals(2, column.headers().size(), column.name());
			assertEquals(column.header(), column.headers().get(0), "the workbench's own header, " + column.name());
		}
	}

	@Test
	void everyHeaderOfEitherLanguageAndEveryIdNamesItsOwnColumn() {
		Map<String, ActionColumn> columns = SheetReader.columnsByHeader();
		for (ActionColumn column : ActionColumn.values()) {
			for (String header : column.headers()) {
				assertEquals(column, columns.get(ActionLabels.fold(header)), header);
			}
			assertEquals(column, columns.get(column.id()), column.id());
		}
		assertEquals(ActionColumn.DUE, columns.get("fecha limite"));
		assertEquals(ActionColumn.DUE, columns.get("due date"));
	}

	@Test
	void literalsInSpanishThenEnglish() {
		assertEquals(List.of("Completada", "Completed"), Labels.literalInEveryLanguage(ActionStatus.DONE));
		assertEquals(List.of("No iniciada", "Not started"), Labels.literalInEveryLanguage(ActionStatus.NOT_STARTED));
		assertEquals(List.of("Mediano plazo", "Medium term"), Labels.literalInEveryLanguage(Term.MEDIUM));
		assertEquals(List.of("Francisco Morazán"), Labels.literalInEveryLanguage(Department.FRANCISCO_MORAZAN),
				"the same in both, once");
		assertEquals(List.of(), Labels.literalInEveryLanguage(null));
	}

	@Test
	void theActionsSheetByItsNameInSpanishThenEnglish() {
		assertEquals(List.of("Acciones", "Actions"), Messages.sheetNames());
	}
}
