// SPDX-License-Identifier: EPL-2.0
package hn.siempleo.diagnostic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import hn.siempleo.model.Assessment;
import hn.siempleo.plan.io.RowError;

/**
 * One row of an imported questionnaire as the preview shows it.
 *
 * @param row the row number as the spreadsheet shows it (the header is row 1)
 * @param code the criterion code read, "" when the cell is empty
 * @param assessment the assessment of that criterion in the diagnostic, or null when there is none
 * @param values the values read, by imported column present in the sheet; a null value clears the field
 * @param errors the row's problems; a row with errors is never applied
 */
public record QuestionnaireRow(int row, String code, Assessment assessment, Map<QuestionnaireColumn, Object> values,
		List<RowError> errors) {

	/** Copies the collections, so that the row is immutable. */
	public QuestionnaireRow {
		Map<QuestionnaireColumn, Object> copy = new EnumMap<>(QuestionnaireColumn.class);
		copy.putAll(values);
		values = Collections.unmodifiableMap(copy);
		errors = List.copyOf(errors);
	}

	/** The columns whose values differ from the assessment's. */
	public List<QuestionnaireColumn> changedColumns() {
		if (assessment == null) {
			return List.of();
		}
		return values.keySet().stream().filter(column -> !same(assessment.eGet(column.feature().orElseThrow()),
				values.get(column))).toList();
	}

	/** Whether the row has no errors and changes the assessment. */
	public boolean applicable() {
		return errors.isEmpty() && !changedColumns().isEmpty();
	}

	private static boolean same(Object current, Object next) {
		if (current instanceof String text && next == null) {
			return text.isBlank();
		}
		return Objects.equals(current, next);
	}
}
